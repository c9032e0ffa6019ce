import DBTestSupport
import Foundation
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
