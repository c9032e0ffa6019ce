import Postgres
import SQLSyntax

/// One row of `public.__migrations`: a migration file that was applied (or baselined).
public struct HistoryRow: Sendable, Hashable, Codable {
    public let version: String
    public let name: String
    public let checksum: String
    /// ISO 8601 in UTC, e.g. `2026-11-25T09:30:00.123Z`.
    public let appliedAt: String
    public let executionMs: Int
    public let appliedBy: String
}

/// The history table `public.__migrations`: its DDL, reads and writes. The only place that names it.
public enum HistoryTable {
    /// The table's qualified, quoted name.
    public static let qualifiedName = "public.__migrations"

    /// Creates the table when missing (run under the migration lock, so concurrent creators cannot race).
    public static let createSQL = """
        CREATE TABLE IF NOT EXISTS public.__migrations (
            version text PRIMARY KEY,
            name text NOT NULL,
            checksum text NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now(),
            execution_ms integer NOT NULL,
            applied_by text NOT NULL DEFAULT current_user
        )
        """

    /// True when the table exists in the connected database.
    public static func exists(_ connection: Connection) throws -> Bool {
        try connection.query("SELECT to_regclass('public.__migrations') IS NOT NULL AS present").rows[0].bool("present")
    }

    /// Creates the table when missing.
    public static func ensure(_ connection: Connection) throws {
        if try !exists(connection) { try connection.execute(createSQL) }
    }

    /// Every row in version order; empty when the table does not exist.
    public static func read(_ connection: Connection) throws -> [HistoryRow] {
        guard try exists(connection) else { return [] }
        let result = try connection.query(
            """
            SELECT version, name, checksum, execution_ms, applied_by,
                   to_char(applied_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS applied_at
            FROM public.__migrations ORDER BY version
            """)
        return result.rows.map { row in
            HistoryRow(
                version: row.string("version"), name: row.string("name"), checksum: row.string("checksum"),
                appliedAt: row.string("applied_at"), executionMs: row.int("execution_ms"),
                appliedBy: row.string("applied_by"))
        }
    }

    /// The INSERT that records a migration, as SQL text (literals rendered by `quoteLiteral`) so it can be sent
    /// in the same round trip as the file; `executionMs` is a SQL integer expression.
    static func insertSQL(_ file: MigrationFile, executionMs: String) -> String {
        "INSERT INTO public.__migrations (version, name, checksum, execution_ms) VALUES ("
            + "\(quoteLiteral(file.version)), \(quoteLiteral(file.name)), \(quoteLiteral(file.checksum)), \(executionMs))"
    }

    /// The DELETE that forgets a migration after its down file ran.
    static func deleteSQL(version: String) -> String {
        "DELETE FROM public.__migrations WHERE version = \(quoteLiteral(version))"
    }
}
