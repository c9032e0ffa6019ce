import DBTestSupport
import Foundation
import Postgres
import Testing

@Suite struct CommandLineTests {
    private func setup(_ label: String) throws -> (ConnectionString, TemporaryDirectory, [String]) {
        let target = try TestCluster.newDatabase(label)
        let folder = try TemporaryDirectory(label)
        return (target, folder, ["--database-url", target.raw, "--migrations-dir", folder.path])
    }

    @Test func migratePrintsTheTargetFirstAndNeverThePassword() throws {
        let (target, folder, _) = try setup("target")
        try folder.write("20260101000000_create_a.sql", "CREATE TABLE a (id int);")
        let url = target.with(["password": "s3cret-pw"]).raw
        let outcome = try DBBinary.run(["migrate", "--database-url", url, "--migrations-dir", folder.path])
        #expect(outcome.exitCode == 0, "\(outcome.stderr)")
        let firstLine = outcome.stdout.split(separator: "\n").first.map(String.init) ?? ""
        #expect(firstLine.hasPrefix("target: host=\(target.host!) port=\(target.port!) dbname=\(target.database!)"))
        #expect(firstLine.contains("password=***"))
        #expect(!(outcome.stdout + outcome.stderr).contains("s3cret-pw"))
    }

    @Test func gateRefusalExitsOneAndSQLFailureExitsTwoWithCaret() throws {
        let (_, folder, connection) = try setup("exitcodes")
        try folder.write("20260101000000_drop.sql", "DROP TABLE IF EXISTS nothing;")
        let refused = try DBBinary.run(["migrate"] + connection)
        #expect(refused.exitCode == 1)
        #expect(refused.stderr.contains("error: refusing to migrate:"))
        #expect(refused.stderr.contains("20260101000000_drop.sql:1: DROP TABLE public.nothing"))
        let dryRun = try DBBinary.run(["migrate", "--dry-run"] + connection)
        #expect(dryRun.exitCode == 1 && dryRun.stdout.contains("pending (1):"))
        try folder.remove("20260101000000_drop.sql")
        try folder.write("20260101000000_bad.sql", "CREATE TABLE a (id int);\nSELECT nope FROM a;\n")
        let failed = try DBBinary.run(["migrate"] + connection)
        #expect(failed.exitCode == 2)
        #expect(
            failed.stderr.contains(
                """
                error: migration 20260101000000_bad.sql failed at line 2 (SQLSTATE 42703)
                  column "nope" does not exist
                  2 | SELECT nope FROM a;
                    |        ^
                nothing from this file was applied
                """))
    }

    @Test func badArgumentsAndMissingDatabaseExitTwo() throws {
        let folder = try TemporaryDirectory("args")
        let tooShort = try DBBinary.run(["migrate", "--terminate-blockers-older-than", "10m"], directory: folder.path)
        #expect(tooShort.exitCode == 2 && tooShort.stderr.contains("at least 30m"))
        let conflicting = try DBBinary.run(["migrate", "down", "--to", "1", "--steps", "1"], directory: folder.path)
        #expect(conflicting.exitCode == 2)
        try folder.write("migrations/.gitkeep", "")
        let noDatabase = try DBBinary.run(["status"], directory: folder.path)
        #expect(noDatabase.exitCode == 2)
        #expect(noDatabase.stderr.contains("`db dev start`"))
    }

    @Test func statusJSONIsStableAndVersioned() throws {
        let (_, folder, connection) = try setup("statusjson")
        try folder.write("20260101000000_create_a.sql", "CREATE TABLE a (id int);")
        try folder.write("20260101000000_create_a.down.sql", "DROP TABLE a;")
        #expect(try DBBinary.run(["migrate"] + connection).exitCode == 0)
        try folder.write("20260102000000_create_b.sql", "-- db:no-transaction\nCREATE TABLE b (id int);")
        let outcome = try DBBinary.run(["status", "--json"] + connection)
        #expect(outcome.exitCode == 0, "\(outcome.stderr)")
        let document = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
        #expect(document?["format"] as? Int == 1)
        #expect(
            Set(document?.keys.map { $0 } ?? []) == [
                "format", "target", "migrations_dir", "applied", "pending", "problems", "running_migrators",
                "invalid_indexes",
            ])
        #expect((document?["invalid_indexes"] as? [Any])?.isEmpty == true)
        let applied = document?["applied"] as? [[String: Any]]
        #expect(
            Set(applied?.first?.keys.map { $0 } ?? []) == [
                "version", "name", "checksum", "applied_at", "execution_ms", "applied_by", "file_present",
            ])
        let pending = document?["pending"] as? [[String: Any]]
        #expect(pending?.first?["transaction"] as? Bool == false)
        #expect(pending?.first?["version"] as? String == "20260102000000")
        try folder.write("20260101000000_create_a.sql", "CREATE TABLE a (id bigint);")
        let tampered = try DBBinary.run(["status", "--json"] + connection)
        #expect(tampered.exitCode == 1)
        #expect(tampered.stdout.contains("\"kind\" : \"checksum_mismatch\""))
    }

    @Test func downAndBaselineFromTheCommandLine() throws {
        let (_, folder, connection) = try setup("downcli")
        try folder.write("20260101000000_create_a.sql", "CREATE TABLE a (id int);")
        try folder.write("20260101000000_create_a.down.sql", "DROP TABLE a;")
        let baseline = try DBBinary.run(["baseline", "20260101000000"] + connection)
        #expect(baseline.exitCode == 0, "\(baseline.stderr)")
        #expect(try DBBinary.run(["baseline", "20260101000000"] + connection).exitCode == 1)
        let down = try DBBinary.run(["migrate", "down", "--steps", "1"] + connection)
        #expect(down.exitCode == 2, "the table was never created, so DROP TABLE fails")
        #expect(down.stderr.contains("20260101000000_create_a.down.sql failed at line 1 (SQLSTATE 42P01)"))
    }

    @Test func devClusterStartsServesAndStops() throws {
        let project = try TemporaryDirectory("devcluster")
        let port = String(Int.random(in: 41000...48999))
        let start = try DBBinary.run(["dev", "start", "--port", port], directory: project.path)
        #expect(start.exitCode == 0, "\(start.stdout)\n\(start.stderr)")
        defer { _ = try? DBBinary.run(["dev", "stop"], directory: project.path) }
        let url = try DBBinary.run(["dev", "url"], directory: project.path)
        #expect(url.stdout.contains("port=\(port)"))
        try project.write("migrations/20260101000000_create_a.sql", "CREATE TABLE a (id int);")
        let migrate = try DBBinary.run(["migrate"], directory: project.path)
        #expect(migrate.exitCode == 0, "\(migrate.stderr)")
        #expect(migrate.stdout.contains("(from local cluster in .db/)"))
        #expect(try DBBinary.run(["dev", "stop"], directory: project.path).exitCode == 0)
        let status = try DBBinary.run(["dev", "status"], directory: project.path)
        #expect(status.exitCode == 1 && status.stdout.contains("stopped"))
    }

    @Test func targetComesFromFlagThenDatabaseURLThenPGVariables() throws {
        let target = try TestCluster.newDatabase("resolve")
        let folder = try TemporaryDirectory("resolve")
        let pgVariables = [
            "PGHOST": target.host!, "PGPORT": target.port!, "PGDATABASE": target.database!, "PGUSER": "postgres",
        ]
        let fromVariables = try DBBinary.run(["status", "--migrations-dir", folder.path], environment: pgVariables)
        #expect(fromVariables.exitCode == 0, "\(fromVariables.stderr)")
        #expect(fromVariables.stdout.contains("(from PG* environment variables)"))
        let fromEnvironment = try DBBinary.run(
            ["status", "--migrations-dir", folder.path], environment: ["DATABASE_URL": target.raw])
        #expect(fromEnvironment.stdout.contains("(from DATABASE_URL)"))
        let fromFlag = try DBBinary.run(
            ["status", "--database-url", target.raw, "--migrations-dir", folder.path],
            environment: ["DATABASE_URL": "postgresql://nobody@127.0.0.1:1/nothing"])
        #expect(fromFlag.exitCode == 0 && fromFlag.stdout.contains("(from --database-url)"))
    }
}
