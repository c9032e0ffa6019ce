import CLibPQ
import Foundation

/// A notice or warning the server sent while a statement ran (`RAISE NOTICE`, "table does not exist, skipping", …).
public struct Notice: Sendable {
    public let severity: String
    public let message: String
    public let sqlState: String?
}

/// One libpq connection. Not thread-safe: use it from one task at a time.
public final class Connection {
    let handle: OpaquePointer
    /// Where this connection goes, for messages (always redacted).
    public let target: ConnectionString
    private let noticeSink: NoticeSink
    /// How many times this connection sent the server work and waited for its answer: one per `execute` (however
    /// many statements its script holds), `query` and `sendPipeline`. Lets callers and tests prove a fixed number
    /// of round trips.
    public internal(set) var roundTrips = 0

    /// Opens a connection; the error names the redacted target and libpq's reason.
    ///
    /// The session's `client_encoding` is UTF8 (files, names and results are UTF-8), unless the target sets it.
    /// GSSAPI encryption is not attempted (`gssencmode=disable`) unless the target or `PGGSSENCMODE` asks for it:
    /// libpq's default probe loads Kerberos, which can abort the process at exit.
    public init(_ target: ConnectionString, applicationName: String = "db") throws {
        self.target = target
        var options = [("application_name", applicationName), ("client_encoding", "UTF8")]
        if ProcessInfo.processInfo.environment["PGGSSENCMODE"] == nil { options.append(("gssencmode", "disable")) }
        options.append(("dbname", target.raw))  // expanded last: what the target says overrides the above
        let keywords = options.map(\.0)
        let values = options.map(\.1)
        let handle = withCStringArray(keywords) { keywordPointers in
            withCStringArray(values) { valuePointers in
                PQconnectdbParams(keywordPointers, valuePointers, 1)
            }
        }
        guard let handle else {
            throw PostgresError(message: "could not allocate a libpq connection")
        }
        guard PQstatus(handle) == CONNECTION_OK else {
            let reason = String(cString: PQerrorMessage(handle)).trimmingTrailingNewlines()
            PQfinish(handle)
            throw PostgresError(
                sqlState: "08001",
                message: "could not connect to \(target.redacted): \(redactPasswords(in: reason, of: target))",
                hint: "check the database URL (--database-url or DATABASE_URL) and that the server is running")
        }
        self.handle = handle
        CancellableConnections.shared.remember(handle)
        self.noticeSink = NoticeSink()
        let context = Unmanaged.passUnretained(noticeSink).toOpaque()
        PQsetNoticeReceiver(
            handle,
            { context, result in
                guard let context, let result else { return }
                let sink = Unmanaged<NoticeSink>.fromOpaque(context).takeUnretainedValue()
                sink.receive(result)
            }, context)
    }

    deinit {
        CancellableConnections.shared.forget(handle)
        PQfinish(handle)
    }

    /// The server process id of this session (`pg_backend_pid()`).
    public var backendPID: Int32 { PQbackendPID(handle) }

    /// `server_version_num`, e.g. 150004.
    public var serverVersion: Int { Int(PQserverVersion(handle)) }

    /// Notices received since the last call, oldest first.
    public func takeNotices() -> [Notice] { noticeSink.take() }

    /// Runs one or more statements with the simple protocol and returns the last result.
    ///
    /// Each `COPY … FROM STDIN` among them is fed the next block `copyData` returns, through libpq's COPY
    /// protocol; when it returns `nil`, that COPY fails. When a statement fails, the thrown error's
    /// `statementIndex` says which one (0-based), so a caller that split the script the same way can name the
    /// failing statement even when the server gives no position.
    @discardableResult
    public func execute(_ sql: String, copyData: () -> Data? = { nil }) throws -> QueryResult {
        roundTrips += 1
        guard PQsendQuery(handle, sql) == 1 else {
            throw PostgresError(
                sqlState: "08006", message: String(cString: PQerrorMessage(handle)).trimmingTrailingNewlines(),
                statement: sql)
        }
        var last = QueryResult(columns: [], rows: [], commandTag: "", affectedRows: 0)
        var failure: PostgresError?
        var completed = 0
        while let result = PQgetResult(handle) {
            defer { PQclear(result) }
            switch PQresultStatus(result) {
            case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY:
                if failure == nil {
                    last = Self.rows(of: result)
                    completed += 1
                }
            case PGRES_COPY_IN:
                sendCopyIn(copyData())
            case PGRES_COPY_OUT:
                var buffer: UnsafeMutablePointer<CChar>?
                while PQgetCopyData(handle, &buffer, 0) > 0 { PQfreemem(buffer) }
            default:
                if failure == nil {
                    failure = Self.error(of: result, connection: handle, statement: sql)
                    failure?.statementIndex = completed
                }
            }
        }
        if let failure { throw failure }
        return last
    }

    /// Runs one statement with `$1…$n` parameters sent separately from the SQL (never interpolated).
    @discardableResult
    public func query(_ sql: String, _ parameters: [String?] = []) throws -> QueryResult {
        roundTrips += 1
        let result = withParameterArray(parameters) {
            PQexecParams(handle, sql, Int32(parameters.count), nil, $0, nil, nil, 0)
        }
        return try consume(result, statement: sql)
    }

    /// Asks the server to cancel the statement running on this connection (safe from another thread).
    public func cancel() {
        guard let cancel = PQgetCancel(handle) else { return }
        var buffer = [CChar](repeating: 0, count: 256)
        _ = PQcancel(cancel, &buffer, 256)
        PQfreeCancel(cancel)
    }

    func consume(_ result: OpaquePointer?, statement: String) throws -> QueryResult {
        guard let result else {
            throw PostgresError(
                sqlState: "08006", message: String(cString: PQerrorMessage(handle)).trimmingTrailingNewlines())
        }
        defer { PQclear(result) }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY:
            return Self.rows(of: result)
        default:
            throw Self.error(of: result, connection: handle, statement: statement)
        }
    }

    static func rows(of result: OpaquePointer) -> QueryResult {
        let columnCount = Int(PQnfields(result))
        let rowCount = Int(PQntuples(result))
        let columns = (0..<columnCount).map { String(cString: PQfname(result, Int32($0))) }
        let lookup = ColumnLookup(columns)
        var values: [String?] = []
        values.reserveCapacity(rowCount * columnCount)
        for row in 0..<rowCount {
            for column in 0..<columnCount {
                if PQgetisnull(result, Int32(row), Int32(column)) == 1 {
                    values.append(nil)
                } else {
                    // PQgetlength saves String(cString:) a strlen of every value.
                    let bytes = UnsafeRawBufferPointer(
                        start: PQgetvalue(result, Int32(row), Int32(column)),
                        count: Int(PQgetlength(result, Int32(row), Int32(column))))
                    values.append(String(decoding: bytes, as: UTF8.self))
                }
            }
        }
        let rows = (0..<rowCount).map { Row(columns: lookup, resultValues: values, start: $0 * columnCount) }
        let tag = String(cString: PQcmdStatus(result))
        let affected = Int(String(cString: PQcmdTuples(result))) ?? 0
        return QueryResult(columns: columns, rows: rows, commandTag: tag, affectedRows: affected)
    }

    static func error(of result: OpaquePointer, connection: OpaquePointer?, statement: String?) -> PostgresError {
        func field(_ code: Int32) -> String? {
            guard let value = PQresultErrorField(result, code) else { return nil }
            return String(cString: value)
        }
        var message = field(Int32(UInt8(ascii: "M")))
        if message == nil, let connection {
            message = String(cString: PQerrorMessage(connection)).trimmingTrailingNewlines()
        }
        return PostgresError(
            sqlState: field(Int32(UInt8(ascii: "C"))),
            severity: field(Int32(UInt8(ascii: "S"))),
            message: message ?? "unknown error",
            detail: field(Int32(UInt8(ascii: "D"))),
            hint: field(Int32(UInt8(ascii: "H"))),
            position: field(Int32(UInt8(ascii: "P"))).flatMap { Int($0) },
            context: field(Int32(UInt8(ascii: "W"))),
            statement: statement)
    }
}

/// Collects notices from libpq's C callback.
final class NoticeSink: @unchecked Sendable {
    private var notices: [Notice] = []
    private let lock = NSLock()

    func receive(_ result: OpaquePointer) {
        func field(_ code: Character) -> String? {
            guard let value = PQresultErrorField(result, Int32(code.asciiValue!)) else { return nil }
            return String(cString: value)
        }
        let notice = Notice(severity: field("S") ?? "NOTICE", message: field("M") ?? "", sqlState: field("C"))
        lock.withLock { notices.append(notice) }
    }

    func take() -> [Notice] {
        lock.withLock {
            defer { notices = [] }
            return notices
        }
    }
}

/// Calls `body` with `parameters` as the C array of C strings (NULL for SQL NULL) that libpq's `…Params` calls take.
func withParameterArray<T>(_ parameters: [String?], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> T) -> T {
    let cStrings = parameters.map { $0.map { strdup($0) } ?? nil }
    defer { for pointer in cStrings { free(pointer) } }
    return cStrings.withUnsafeBufferPointer { buffer in
        buffer.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: max(buffer.count, 1), body)
    }
}

/// Calls `body` with a NULL-terminated C array of the given strings (the shape `PQconnectdbParams` wants).
private func withCStringArray<T>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> T) -> T {
    let duplicated = strings.map { strdup($0) }
    defer { for pointer in duplicated { free(pointer) } }
    let pointers: [UnsafePointer<CChar>?] = duplicated.map { UnsafePointer($0) } + [nil]
    return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
}
