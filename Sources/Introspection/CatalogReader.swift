import Postgres
import SQLSyntax

/// One database session of the introspector and the only path from the catalog queries to it: sends each query
/// with the schema list as parameter `$1` (a `text[]`), counts the statements sent, knows the server version.
///
/// `@unchecked Sendable` because the introspector hands each reader to exactly one thread at a time.
final class CatalogReader: @unchecked Sendable {
    private let connection: Connection
    /// `server_version_num`, used to choose version-dependent catalog columns.
    let serverVersion: Int
    /// The schemas being read; every query filters on `$1::text[]` server-side.
    var schemas: [String] = []
    private(set) var statementCount = 0
    /// Results of queries sent ahead with `sendAhead(_:)` that `rows(_:)` has not taken yet.
    private var sentAhead: PipelinedResults?

    init(_ connection: Connection) {
        self.connection = connection
        self.serverVersion = connection.serverVersion
    }

    var databaseName: String { connection.target.database ?? "the database" }

    /// Starts the read-only snapshot transaction (adopting an exported `snapshot` when given) and pins the settings
    /// that change how names and values print: `search_path` is `pg_catalog` only, so every other name comes out
    /// schema-qualified; JIT is off (compiling these one-off queries costs more than running them).
    /// All in one round trip.
    func begin(snapshot: String? = nil) throws {
        let adoptSnapshot = snapshot.map { "SET TRANSACTION SNAPSHOT \(quoteLiteral($0));" } ?? ""
        try connection.execute(
            """
            BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY;\(adoptSnapshot)
            SET LOCAL search_path = pg_catalog; SET LOCAL datestyle = 'ISO, YMD'; SET LOCAL intervalstyle = 'postgres';
            SET LOCAL extra_float_digits = 3; SET LOCAL work_mem = '64MB'; SET LOCAL jit = off
            """)
        statementCount += snapshot == nil ? 2 : 3
    }

    /// Exports this transaction's snapshot so another session can read exactly the same state.
    func exportSnapshot() throws -> String {
        statementCount += 1
        return try connection.execute("SELECT pg_export_snapshot() AS snapshot").rows[0].string("snapshot")
    }

    /// Ends the transaction (it changed nothing): takes the result of the `COMMIT` sent ahead after the queries, or
    /// sends one.
    func commit() throws {
        if let sentAhead, sentAhead.nextStatement == Self.commitStatement {
            self.sentAhead = nil
            _ = try sentAhead.next()
            return
        }
        discardSentAhead()
        statementCount += 1
        try connection.execute(Self.commitStatement)
    }

    private static let commitStatement = "COMMIT"

    /// Ends the transaction after an error, ignoring a failure to do so (the error being reported matters more).
    func rollback() {
        discardSentAhead()
        _ = try? connection.execute("ROLLBACK")
    }

    /// Sends `queries` (each with the selected schemas as `$1`) and then `COMMIT` in one pipeline, so the server
    /// runs them back to back while earlier results are decoded, and ends the transaction without another round
    /// trip; `rows(_:)` then takes the queries' results in this order, and `commit()` the last one. After an error
    /// the `COMMIT` is skipped (the server aborts the rest of a pipeline) and `rollback()` ends the transaction.
    func sendAhead(_ queries: [String]) throws {
        discardSentAhead()
        let schemaFilter = textArrayLiteral(schemas)
        sentAhead = try connection.sendPipeline(
            queries.map { PipelinedStatement($0, [schemaFilter]) } + [PipelinedStatement(Self.commitStatement)])
        statementCount += queries.count + 1
    }

    /// Runs one catalog query with the selected schemas as `$1`, or takes its result when it was sent ahead.
    func rows(_ sql: String) throws -> [Row] {
        if let sentAhead, sentAhead.nextStatement == sql {
            defer { if sentAhead.nextStatement == nil { self.sentAhead = nil } }
            return try sentAhead.next().rows
        }
        assert(sentAhead == nil, "catalog query read out of the order it was sent ahead in")
        return try rows(sql, schemaFilter: schemas)
    }

    /// Runs one catalog query with `schemaFilter` as `$1` (NULL when nil).
    func rows(_ sql: String, schemaFilter: [String]?) throws -> [Row] {
        discardSentAhead()
        statementCount += 1
        return try connection.query(sql, [schemaFilter.map(textArrayLiteral)]).rows
    }

    /// Drops the results of queries sent ahead and not taken (after an error, or a read out of order).
    private func discardSentAhead() {
        sentAhead?.discardRemaining()
        sentAhead = nil
    }
}

/// The text form of a `text[]` value, every element double-quoted with `"` and `\` escaped.
func textArrayLiteral(_ values: [String]) -> String {
    let elements = values.map { value in
        "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
    return "{" + elements.joined(separator: ",") + "}"
}
