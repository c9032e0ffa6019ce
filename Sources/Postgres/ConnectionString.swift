import CLibPQ
import Foundation

/// A connection string in either libpq form (`postgresql://…` URL or `key=value` conninfo), parsed by libpq itself.
///
/// Use `redacted` whenever a connection string is shown to a person: the password is never printed.
public struct ConnectionString: Sendable, Hashable, CustomStringConvertible {
    /// The string as given; pass it to libpq, never print it.
    public let raw: String
    /// Every option libpq recognised, by keyword (`host`, `port`, `dbname`, `user`, …).
    public let options: [String: String]

    /// Parses `raw` with `PQconninfoParse`. Throws our own explanation (never libpq's message, which repeats the
    /// input) when it is malformed, or when it is a URL whose password libpq would split into host, port or
    /// database name (an unencoded `@`, `/` or `#`), or holds whitespace (libpq would keep ` password=…` after a URL
    /// as part of the database name, which is shown). `source` names where the string came from in that error
    /// (`--database-url`, `DATABASE_URL`, …).
    public init(_ raw: String, source: String? = nil) throws {
        self.raw = raw
        var errorMessage: UnsafeMutablePointer<CChar>?
        guard let parsed = PQconninfoParse(raw, &errorMessage) else {
            let message = errorMessage.map { String(cString: $0) } ?? ""
            if let errorMessage { PQfreemem(errorMessage) }
            throw ConnectionStringProblem.from(libpqMessage: message, isURL: Self.isURL(raw)).error(source: source)
        }
        defer { PQconninfoFree(parsed) }
        var options: [String: String] = [:]
        var option = parsed
        while let keyword = option.pointee.keyword {
            if let value = option.pointee.val { options[String(cString: keyword)] = String(cString: value) }
            option = option.advanced(by: 1)
        }
        if Self.isURL(raw) && raw.contains(where: \.isWhitespace) {
            throw ConnectionStringProblem.urlWithWhitespace.error(source: source)
        }
        if Self.isURL(raw) && Self.isAmbiguousURL(raw, parsed: options) {
            throw ConnectionStringProblem.ambiguousURL.error(source: source)
        }
        self.options = options
    }

    /// Builds a conninfo string from options; every value is quoted as libpq requires.
    public init(options: [String: String]) {
        let text = options.sorted { $0.key < $1.key }
            .map { "\($0.key)=\(ConnectionString.quoteConninfoValue($0.value))" }
            .joined(separator: " ")
        self.raw = text
        self.options = options
    }

    /// A copy with some options replaced, e.g. another `dbname` on the same server.
    public func with(_ changes: [String: String]) -> ConnectionString {
        ConnectionString(options: options.merging(changes) { _, new in new })
    }

    public var host: String? { options["host"] ?? options["hostaddr"] }
    public var port: String? { options["port"] }
    public var database: String? { options["dbname"] }
    public var user: String? { options["user"] }

    /// The target without any secret: `host=… port=… dbname=… user=…`, with `password=***` when one was given.
    public var redacted: String {
        var parts: [String] = []
        for key in ["service", "host", "hostaddr", "port", "dbname", "user"] {
            if let value = options[key] { parts.append("\(key)=\(value)") }
        }
        if options["password"] != nil { parts.append("password=***") }
        return parts.isEmpty ? "(libpq defaults: PGHOST, PGPORT, PGDATABASE, PGUSER)" : parts.joined(separator: " ")
    }

    public var description: String { redacted }

    static func quoteConninfoValue(_ value: String) -> String {
        let escaped = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
        return "'\(escaped)'"
    }
}

/// Removes every password libpq could use for `connection` (given in it, from its service file entry or from
/// `PGPASSWORD`) from `text`, an error message that might echo one.
public func redactPasswords(in text: String, of connection: ConnectionString) -> String {
    let passwords = [connection.options["password"], connection.resolvedOptions["password"]].compactMap { $0 }
    return passwords.filter { !$0.isEmpty }.reduce(text) { $0.replacingOccurrences(of: $1, with: "***") }
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var text = self
        while text.last == "\n" { text.removeLast() }
        return text
    }
}
