import Foundation
import Postgres

/// `pg_dump --schema-only` of a test database, normalised for comparison: comment and `SET` lines dropped and
/// statements sorted (pg_dump's random `\restrict` keys dropped too), so two databases built in a different order compare equal when their schemas are.
public enum SchemaDump {
    public static func normalized(_ target: ConnectionString) throws -> [String] {
        let binaries = try LocalCluster.binDirectory()
        let dump = try runProcess(
            binaries.appendingPathComponent("pg_dump").path,
            [
                "--schema-only", "--no-owner", "-h", target.host ?? "", "-p", target.port ?? "5432",
                "-U", target.user ?? "postgres", "-d", target.database ?? "postgres",
            ])
        let lines = dump.split(separator: "\n").filter { line in
            !line.hasPrefix("--") && !line.hasPrefix("SET ") && !line.hasPrefix("SELECT pg_catalog.set_config")
                && !line.hasPrefix("\\restrict") && !line.hasPrefix("\\unrestrict")
        }
        return lines.joined(separator: "\n").components(separatedBy: ";\n").map {
            $0.trimmingCharacters(in: .whitespacesAndNewlines)
        }.filter { !$0.isEmpty && !$0.contains("__migrations") }.sorted()
    }
}
