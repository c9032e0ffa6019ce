import DBTestSupport
import Foundation
import Postgres
import Testing

/// `db migrate --plan` sizes each pending statement's locks from the live database, and `db migrate` refuses a file
/// whose blocking locks would be held longer than `--max-lock-time` unless `--allow-long-locks` is given.
@Suite struct MigratePlanCommandTests {
    /// A database with a 200,000-row table and an empty one, and a pending file that rewrites both.
    private func fixture() throws -> (target: ConnectionString, migrations: TemporaryDirectory) {
        let target = try TestCluster.newDatabase("migrate_plan")
        try Connection(target).execute(
            """
            CREATE TABLE events AS SELECT g AS id, md5(g::text) AS body FROM generate_series(1, 200000) g;
            CREATE TABLE empty (id integer);
            ANALYZE events; ANALYZE empty;
            """)
        let migrations = try TemporaryDirectory("migrate-plan")
        try migrations.write("20260101000000_retype.sql", "ALTER TABLE events ALTER COLUMN id TYPE bigint;\n")
        try migrations.write("20260102000000_retype_empty.sql", "ALTER TABLE empty ALTER COLUMN id TYPE bigint;\n")
        return (target, migrations)
    }

    private func run(_ arguments: [String], _ target: ConnectionString, _ migrations: TemporaryDirectory) throws
        -> Subprocess.Outcome
    {
        try DBBinary.run(
            ["migrate"] + arguments + ["--database-url", target.raw, "--migrations-dir", migrations.path])
    }

    @Test func planSizesEachStatementAndExitsOneOverTheBudget() throws {
        let (target, migrations) = try fixture()
        let outcome = try run(["--plan", "--json", "--throughput", "1MB/s"], target, migrations)
        #expect(outcome.exitCode == 1, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("target:"))
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any], "\(outcome.stdout)")
        #expect(document["format"] as? Int == 1)
        let statements = try #require(document["statements"] as? [[String: Any]])
        #expect(statements.count == 2)
        let reltuples = try Connection(target).query(
            "SELECT reltuples::bigint AS rows, pg_total_relation_size('events') AS bytes FROM pg_class WHERE relname = 'events'"
        ).rows[0]
        let events = try #require((statements[0]["locks"] as? [[String: Any]])?.first)
        #expect(statements[0]["file"] as? String == "20260101000000_retype.sql")
        #expect(statements[0]["line"] as? Int == 1)
        #expect(events["mode"] as? String == "ACCESS EXCLUSIVE")
        #expect(events["effect"] as? String == "rewrites")
        #expect(events["rows"] as? Int == reltuples.int("rows"))
        #expect(events["bytes"] as? Int == reltuples.int("bytes"))
        // bytes ÷ 1 MiB/s: a 13 MB table is ~13 s, over the 5 s default budget.
        let expectedMilliseconds = Double(reltuples.int("bytes")) / 1_048_576 * 1000
        let estimated = Double(try #require(events["estimated_ms"] as? Int))
        #expect(abs(estimated - expectedMilliseconds) <= expectedMilliseconds * 0.01)
        #expect(statements[0]["over_budget"] as? Bool == true)
        let empty = try #require((statements[1]["locks"] as? [[String: Any]])?.first)
        #expect(empty["bytes"] as? Int == 0 && empty["estimated_ms"] as? Int == 0)
        #expect(statements[1]["over_budget"] as? Bool == false)
    }

    @Test func migrateRefusesOverBudgetFilesUnlessAllowed() throws {
        let (target, migrations) = try fixture()
        let refused = try run(["--throughput", "1MB/s"], target, migrations)
        #expect(refused.exitCode == 1, "\(refused.stdout)\(refused.stderr)")
        #expect(refused.stderr.contains("20260101000000_retype.sql:1"), "\(refused.stderr)")
        #expect(refused.stderr.contains("--allow-long-locks"), "\(refused.stderr)")
        let type =
            "SELECT format_type(atttypid, atttypmod) AS type FROM pg_attribute WHERE attrelid = 'events'::regclass AND attname = 'id'"
        #expect(try Connection(target).query(type).rows[0].string("type") == "integer")

        let within = try run(["--plan", "--throughput", "1GB/s"], target, migrations)
        #expect(within.exitCode == 0, "\(within.stdout)\(within.stderr)")
        #expect(within.stdout.contains("all within the lock budget"), "\(within.stdout)")

        let allowed = try run(["--throughput", "1MB/s", "--allow-long-locks"], target, migrations)
        #expect(allowed.exitCode == 0, "\(allowed.stdout)\(allowed.stderr)")
        #expect(try Connection(target).query(type).rows[0].string("type") == "bigint")
    }

    @Test func planOfNothingPendingIsWithinBudgetAndAMeasuredRateIsNamed() throws {
        let (target, migrations) = try fixture()
        let measured = try run(["--plan"], target, migrations)
        #expect([0, 1].contains(measured.exitCode), "\(measured.stderr)")
        #expect(measured.stdout.contains("measured on this server"), "\(measured.stdout)")
        _ = try run(["--allow-long-locks"], target, migrations)
        let nothing = try run(["--plan", "--json"], target, migrations)
        #expect(nothing.exitCode == 0, "\(nothing.stderr)")
        #expect(nothing.stdout.contains("\"statements\" : [\n\n  ]"), "\(nothing.stdout)")
    }
}
