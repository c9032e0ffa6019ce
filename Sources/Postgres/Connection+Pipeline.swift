import CLibPQ
import Glibc

/// One statement of a pipeline: its SQL and its `$1…$n` parameters (sent separately, never interpolated).
public struct PipelinedStatement: Sendable {
    public let sql: String
    public let parameters: [String?]

    public init(_ sql: String, _ parameters: [String?] = []) {
        self.sql = sql
        self.parameters = parameters
    }
}

extension Connection {
    /// Sends `statements` at once in libpq pipeline mode, so the server runs them back to back while the caller
    /// takes their results in order with `PipelinedResults.next()`: one network round trip instead of one per
    /// statement, and the caller's work on a result overlaps the server's work on the next statement.
    ///
    /// The statements run in the current transaction (or each in its own, outside one). The connection runs nothing
    /// else until every result has been taken or `PipelinedResults.discardRemaining()` was called.
    public func sendPipeline(_ statements: [PipelinedStatement]) throws -> PipelinedResults {
        guard PQenterPipelineMode(handle) == 1 else { throw connectionError() }
        roundTrips += 1
        // Non-blocking while sending, so a long pipeline cannot deadlock with the server writing results back.
        PQsetnonblocking(handle, 1)
        defer { PQsetnonblocking(handle, 0) }
        let results = PipelinedResults(self, statements: statements.map(\.sql))
        do {
            for statement in statements {
                let sent = withParameterArray(statement.parameters) {
                    PQsendQueryParams(handle, statement.sql, Int32(statement.parameters.count), nil, $0, nil, nil, 0)
                }
                guard sent == 1 else { throw connectionError(statement: statement.sql) }
            }
            guard PQpipelineSync(handle) == 1 else { throw connectionError() }
            try flushOutput()
        } catch {
            results.discardRemaining()
            throw error
        }
        if statements.isEmpty { results.discardRemaining() }
        return results
    }

    /// Writes everything libpq has buffered, reading incoming results meanwhile so the server never waits on us.
    private func flushOutput() throws {
        while true {
            let pending = PQflush(handle)
            if pending == 0 { return }
            guard pending > 0 else { throw connectionError() }
            var descriptor = pollfd(fd: PQsocket(handle), events: Int16(POLLIN | POLLOUT), revents: 0)
            _ = poll(&descriptor, 1, -1)
            if descriptor.revents & Int16(POLLIN) != 0, PQconsumeInput(handle) != 1 { throw connectionError() }
        }
    }

    /// libpq's last error on this connection, as a connection failure.
    func connectionError(statement: String? = nil) -> PostgresError {
        PostgresError(
            sqlState: "08006", message: String(cString: PQerrorMessage(handle)).trimmingTrailingNewlines(),
            statement: statement)
    }
}

/// The results of a pipeline sent with `Connection.sendPipeline`, taken in the order the statements were sent.
public final class PipelinedResults {
    private let connection: Connection
    private let statements: [String]
    private var taken = 0
    private var finished = false

    init(_ connection: Connection, statements: [String]) {
        self.connection = connection
        self.statements = statements
    }

    deinit { discardRemaining() }

    /// The SQL of the statement whose result `next()` returns, or nil when every result was taken.
    public var nextStatement: String? { finished || taken == statements.count ? nil : statements[taken] }

    /// Waits for the next statement's result. When that statement failed, throws its error after discarding the
    /// rest of the pipeline (which the server skipped), leaving the connection usable (its transaction aborted).
    public func next() throws -> QueryResult {
        guard let statement = nextStatement else { preconditionFailure("every pipelined result was already taken") }
        let handle = connection.handle
        guard let result = PQgetResult(handle) else {
            let error = connection.connectionError(statement: statement)
            discardRemaining()
            throw error
        }
        let outcome: Result<QueryResult, PostgresError>
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY:
            outcome = .success(Connection.rows(of: result))
        default:
            outcome = .failure(Connection.error(of: result, connection: handle, statement: statement))
        }
        PQclear(result)
        // Each statement's results end with a NULL.
        while let extra = PQgetResult(handle) { PQclear(extra) }
        taken += 1
        switch outcome {
        case .success(let rows):
            if taken == statements.count { discardRemaining() }
            return rows
        case .failure(let error):
            discardRemaining()
            throw error
        }
    }

    /// Reads and drops whatever the pipeline still has to deliver, through its closing sync, and leaves pipeline
    /// mode. Safe to call more than once.
    public func discardRemaining() {
        guard !finished else { return }
        finished = true
        let handle = connection.handle
        var consecutiveEnds = 0
        // Two NULLs in a row mean nothing is left to read (also when the connection broke).
        while consecutiveEnds < 2 {
            guard let result = PQgetResult(handle) else {
                consecutiveEnds += 1
                continue
            }
            consecutiveEnds = 0
            let status = PQresultStatus(result)
            PQclear(result)
            if status == PGRES_PIPELINE_SYNC { break }
        }
        PQexitPipelineMode(handle)
    }
}
