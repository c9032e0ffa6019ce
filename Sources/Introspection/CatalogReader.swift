import Postgres

/// The only path from the introspection queries to the connection: sends each query with the schema list as
/// parameter `$1` (a `text[]`), counts the statements sent, and knows the server version.
final class CatalogReader {
    private let connection: Connection
    /// `server_version_num`, used to choose version-dependent catalog columns.
    let serverVersion: Int
    /// The schemas being read; every query filters on `$1::text[]` server-side.
    var schemas: [String] = []
    private(set) var statementCount = 0

    init(_ connection: Connection) {
        self.connection = connection
        self.serverVersion = connection.serverVersion
    }

    var databaseName: String { connection.target.database ?? "the database" }

    /// Runs `body` in one read-only snapshot with output-affecting settings pinned for the transaction.
    /// JIT is off: the per-key subqueries over `generate_series` make the planner's cost estimates for the index
    /// and constraint queries exceed the JIT thresholds, and compiling them took longer than running them
    /// (on 1,000 tables, about 1.8 s of JIT for a 0.5 s index query; see bench/RESULTS-diff-vs-migra.md).
    func readSnapshot<T>(_ body: () throws -> T) throws -> T {
        statementCount = 0
        return try connection.transaction("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY") {
            statementCount += 1
            try connection.execute(
                """
                SET LOCAL search_path = pg_catalog; SET LOCAL datestyle = 'ISO, YMD';
                SET LOCAL intervalstyle = 'postgres'; SET LOCAL extra_float_digits = 3; SET LOCAL work_mem = '64MB';
                SET LOCAL jit = off
                """)
            return try body()
        }
    }

    /// Runs one catalog query with the selected schemas as `$1`.
    func rows(_ sql: String) throws -> [Row] { try rows(sql, schemaFilter: schemas) }

    /// Runs one catalog query with `schemaFilter` as `$1` (NULL when nil).
    func rows(_ sql: String, schemaFilter: [String]?) throws -> [Row] {
        statementCount += 1
        return try connection.query(sql, [schemaFilter.map(textArrayLiteral)]).rows
    }
}

/// The text form of a `text[]` value, every element double-quoted with `"` and `\` escaped.
func textArrayLiteral(_ values: [String]) -> String {
    let elements = values.map { value in
        "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
    return "{" + elements.joined(separator: ",") + "}"
}
