import Postgres
import SQLSyntax

/// How fast a server rewrites and scans tables, which turns a relation's size into an estimate of how long a
/// statement holds its lock: bytes to rewrite (`pg_total_relation_size`: table, TOAST and indexes, all written anew)
/// ÷ `rewriteBytesPerSecond`, or bytes to scan (`pg_table_size`) ÷ `scanBytesPerSecond`; catalog-only work is 0.
public struct Throughput: Hashable, Sendable {
    public var rewriteBytesPerSecond: Double
    public var scanBytesPerSecond: Double
    /// How the rates were obtained, for the plan's output.
    public var source: String

    public init(rewriteBytesPerSecond: Double, scanBytesPerSecond: Double, source: String) {
        self.rewriteBytesPerSecond = rewriteBytesPerSecond
        self.scanBytesPerSecond = scanBytesPerSecond
        self.source = source
    }

    /// One rate for rewrites and scans, as `--throughput` gives it (an upper bound for scans, which are faster).
    public init(bytesPerSecond: Double) {
        self.init(
            rewriteBytesPerSecond: bytesPerSecond, scanBytesPerSecond: bytesPerSecond,
            source: "given: \(SizeText.rate(bytesPerSecond)) for rewrites and scans")
    }

    /// A rate as users type it: `50MB/s`, `50 MB`, `1.5GB/s`, `800kB/s`, or bare bytes per second (units are powers
    /// of 1024, as `pg_size_pretty` prints them); `nil` when the text is not a positive rate.
    public init?(parsing text: String) {
        var trimmed = Substring(text.lowercased().filter { $0 != " " })
        if trimmed.hasSuffix("/s") { trimmed = trimmed.dropLast(2) }
        let digits = trimmed.prefix { $0.isNumber || $0 == "." }
        let multipliers: [String: Double] = [
            "": 1, "b": 1, "kb": 1024, "mb": 1024 * 1024, "gb": 1024 * 1024 * 1024, "tb": 1024 * 1024 * 1024 * 1024,
        ]
        guard let value = Double(digits), value > 0, let unit = multipliers[String(trimmed.dropFirst(digits.count))]
        else { return nil }
        self.init(bytesPerSecond: value * unit)
    }

    /// The estimated seconds `effect` keeps a statement busy on a relation of `size`.
    public func seconds(_ effect: TableEffect, on size: RelationSize) -> Double {
        switch effect {
        case .cheap: return 0
        case .scans: return Double(size.tableBytes) / scanBytesPerSecond
        case .rewrites: return Double(size.totalBytes) / rewriteBytesPerSecond
        }
    }

    /// Rows in the probe table `measure` builds: about 5 MB with its index, so the probe takes a fraction of a second.
    static let probeRows = 40_000

    /// Measures both rates on the server behind `connection`, in a transaction that is rolled back (nothing stays
    /// behind): a table of `probeRows` rows with an index is filled, rewritten (`ALTER COLUMN … TYPE bigint`, which
    /// also rebuilds the index) and then scanned sequentially, each step timed by the server's own clock so the
    /// network does not count. The probe is an ordinary table in the session's current schema, so its writes go
    /// through the WAL as a migration's do, or a temporary table (no WAL: faster than a real rewrite) when the
    /// session may not create one there. A small table is in memory, so the scan rate is an optimistic one for a
    /// large table read from disk. The connection must not be inside a transaction.
    public static func measure(on connection: Connection) throws -> Throughput {
        try connection.execute("BEGIN")
        defer { _ = try? connection.execute("ROLLBACK") }
        try connection.execute("SET LOCAL max_parallel_workers_per_gather = 0")
        try connection.execute(
            """
            CREATE FUNCTION pg_temp.db_elapsed(statement text) RETURNS float8 LANGUAGE plpgsql AS $$
            DECLARE started timestamptz := clock_timestamp();
            BEGIN EXECUTE statement; RETURN extract(epoch FROM clock_timestamp() - started); END $$
            """)
        let (table, temporary) = try createProbeTable("db_throughput_probe_\(connection.backendPID)", on: connection)
        try connection.execute(
            """
            INSERT INTO \(table) SELECT g, md5(g::text) || md5((-g)::text) FROM generate_series(1, \(probeRows)) AS g;
            CREATE INDEX ON \(table) (id)
            """)
        let sizes = try connection.query(
            "SELECT pg_total_relation_size($1::regclass) AS total, pg_table_size($1::regclass) AS heap", [table]
        ).rows[0]
        let rewrite = try elapsed("ALTER TABLE \(table) ALTER COLUMN id TYPE bigint", on: connection)
        let scan = try elapsed("SELECT count(*) FROM \(table) WHERE pad <> ''", on: connection)
        let total = Double(sizes.int("total"))
        let heap = Double(sizes.int("heap"))
        return Throughput(
            rewriteBytesPerSecond: total / rewrite, scanBytesPerSecond: heap / scan,
            source:
                "measured on this server: \(temporary ? "a temporary" : "an ordinary") table of \(SizeText.bytes(Int(total))) rewritten in "
                + "\(milliseconds(rewrite)) ms, \(SizeText.bytes(Int(heap))) scanned in \(milliseconds(scan)) ms")
    }

    /// Creates the probe in the current schema, else as a temporary table; returns its SQL name and which it is.
    private static func createProbeTable(_ name: String, on connection: Connection) throws
        -> (table: String, temporary: Bool)
    {
        let columns = "(id int NOT NULL, pad text NOT NULL)"
        try connection.execute("SAVEPOINT db_probe")
        do {
            try connection.execute("CREATE TABLE \(quoteIdentifier(name)) \(columns)")
            return (quoteIdentifier(name), false)
        } catch is PostgresError {
            try connection.execute("ROLLBACK TO SAVEPOINT db_probe")
            try connection.execute("CREATE TEMPORARY TABLE \(quoteIdentifier(name)) \(columns)")
            return ("pg_temp." + quoteIdentifier(name), true)
        }
    }

    /// Seconds the server took to run `statement` (at least a microsecond).
    private static func elapsed(_ statement: String, on connection: Connection) throws -> Double {
        let row = try connection.query("SELECT pg_temp.db_elapsed($1) AS seconds", [statement]).rows[0]
        return max(Double(row.string("seconds")) ?? 0, 0.000_001)
    }

    private static func milliseconds(_ seconds: Double) -> Int { Int((seconds * 1000).rounded()) }
}

/// In JSON: whole bytes per second, `rewrite_bytes_per_second`, `scan_bytes_per_second` and `source`.
extension Throughput: Codable {
    enum CodingKeys: String, CodingKey {
        case source
        case rewriteBytesPerSecond = "rewrite_bytes_per_second"
        case scanBytesPerSecond = "scan_bytes_per_second"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            rewriteBytesPerSecond: Double(try container.decode(Int.self, forKey: .rewriteBytesPerSecond)),
            scanBytesPerSecond: Double(try container.decode(Int.self, forKey: .scanBytesPerSecond)),
            source: try container.decode(String.self, forKey: .source))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Int(rewriteBytesPerSecond.rounded()), forKey: .rewriteBytesPerSecond)
        try container.encode(Int(scanBytesPerSecond.rounded()), forKey: .scanBytesPerSecond)
        try container.encode(source, forKey: .source)
    }
}
