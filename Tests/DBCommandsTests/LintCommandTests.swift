import DBTestSupport
import Foundation
import Postgres
import Testing

@Suite struct LintCommandTests {
    @Test func lintExitsOneOnErrorsAndNamesFileLineAndRule() throws {
        let folder = try TemporaryDirectory("lint")
        try folder.write(
            "migrations/20260101000000_create_invoices.sql",
            "CREATE TABLE invoices (id int, organization_id uuid);\n")
        let failing = try DBBinary.run(["lint", "--migrations-dir", folder.path + "/migrations"])
        #expect(failing.exitCode == 1, "\(failing.stderr)")
        #expect(failing.stdout.contains("20260101000000_create_invoices.sql:1: error [tenant-table-without-rls]"))
        #expect(failing.stdout.contains("fix: ALTER TABLE … ENABLE ROW LEVEL SECURITY"))

        try folder.write(
            "migrations/20260101000000_create_invoices.sql",
            """
            CREATE TABLE invoices (id int, organization_id uuid);
            ALTER TABLE invoices ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;
            """)
        try folder.write("migrations/20260102000000_drop_legacy.sql", "SET lock_timeout = '5s';\nDROP TABLE legacy;\n")
        let warnings = try DBBinary.run(["lint", "--migrations-dir", folder.path + "/migrations", "--json"])
        #expect(warnings.exitCode == 0, "\(warnings.stderr)")
        let document = try JSONSerialization.jsonObject(with: Data(warnings.stdout.utf8)) as? [String: Any]
        let findings = try #require(document?["findings"] as? [[String: Any]])
        #expect(document?["format"] as? Int == 1)
        #expect(findings.map { $0["rule"] as? String } == ["drop-table"])
        #expect(findings.first?["line"] as? Int == 2)
    }

    @Test func lintOfANamedFileUsesEarlierMigrationsAsContext() throws {
        let folder = try TemporaryDirectory("lintctx")
        try folder.write(
            "migrations/20260101000000_report.sql",
            "CREATE FUNCTION report() RETURNS int LANGUAGE sql SET statement_timeout = '5s' AS 'SELECT 1';\n")
        let replaced = try folder.write(
            "migrations/20260102000000_replace_report.sql",
            "CREATE OR REPLACE FUNCTION report() RETURNS int LANGUAGE sql AS 'SELECT 2';\n")
        let outcome = try DBBinary.run(["lint", replaced.path, "--migrations-dir", folder.path + "/migrations"])
        #expect(outcome.exitCode == 1)
        #expect(outcome.stdout.contains("[function-settings-lost]"))
        #expect(outcome.stdout.contains("statement_timeout"))
        #expect(!outcome.stdout.contains("20260101000000_report.sql:"))
    }

    /// With a database, lock findings are settled against its catalog and name the sizes: the volatile default is
    /// a rewrite (the stable one is not), and the rewrite of a 100 k-row table says how big it is and how long it
    /// holds ACCESS EXCLUSIVE at the given throughput.
    @Test func lintWithADatabaseNamesTheSizeAndTheEstimate() throws {
        let target = try TestCluster.newDatabase("lintsizes")
        try Connection(target).execute(
            """
            CREATE TABLE events (id int PRIMARY KEY, body text);
            INSERT INTO events SELECT g, 'event ' || g FROM generate_series(1, 100000) AS g;
            ANALYZE events;
            """)
        let folder = try TemporaryDirectory("lintsizes")
        let file = try folder.write(
            "migrations/20260101000000_events.sql",
            """
            SET lock_timeout = '5s';
            ALTER TABLE events ALTER COLUMN id TYPE bigint;
            ALTER TABLE events ADD COLUMN seen_at timestamptz DEFAULT now();
            ALTER TABLE events ADD COLUMN token float8 DEFAULT random();
            """)
        let outcome = try DBBinary.run([
            "lint", file.path, "--migrations-dir", folder.path + "/migrations", "--database-url", target.raw,
            "--throughput", "1MB/s",
        ])
        #expect(outcome.exitCode == 0, "\(outcome.stderr)")
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        let typeChange = try #require(lines.first { $0.contains("[rewriting-type-change]") })
        #expect(typeChange.hasPrefix("\(file.path):2: warning"))
        #expect(typeChange.contains("rewrites public.events (100 k rows, "))
        #expect(typeChange.contains(" s under ACCESS EXCLUSIVE), blocking reads and writes"))
        let rewrites = lines.filter { $0.contains("[table-rewrite]") }
        #expect(rewrites.count == 1)
        #expect(rewrites.first?.hasPrefix("\(file.path):4: warning") == true)
        #expect(rewrites.first?.contains("volatile random") == true)

        let refused = try DBBinary.run([
            "lint", file.path, "--migrations-dir", folder.path + "/migrations", "--database-url", target.raw,
            "--throughput", "fast",
        ])
        #expect(refused.exitCode == 2)
        #expect(refused.stderr.contains("--throughput fast is not a rate"))
    }

    /// A sum of 400 terms nests libpg_query's JSON deeper than JSONDecoder's limit, once "unreadable" (exit 2).
    @Test func lintReadsExpressionsNestedDeeperThanJSONDecoderAllowed() throws {
        let folder = try TemporaryDirectory("lintdeep")
        let sum = Array(repeating: "1", count: 400).joined(separator: " + ")
        try folder.write("migrations/20260101000000_deep.sql", "CREATE TABLE d (x int CHECK (x < \(sum)));\n")
        let outcome = try DBBinary.run(["lint", "--migrations-dir", folder.path + "/migrations"])
        #expect(outcome.exitCode == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("1 file checked: 0 errors, 0 warnings"))
    }
}
