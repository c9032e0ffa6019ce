import DBTestSupport
import Foundation
import Postgres
import Testing

@Suite struct DiffCommandTests {
    @Test func diffBetweenTwoDatabasesAnnotatesHazardsAndHonoursExitCode() throws {
        let from = try TestCluster.newDatabase("difffrom")
        let to = try TestCluster.newDatabase("diffto")
        try Connection(from).execute("CREATE TABLE t (id int PRIMARY KEY, legacy text, n int);")
        try Connection(to).execute("CREATE TABLE t (id int PRIMARY KEY, n bigint NOT NULL); CREATE INDEX t_n ON t (n);")
        let outcome = try DBBinary.run(["diff", "--from", from.raw, "--to", to.raw, "--exit-code"])
        #expect(outcome.exitCode == 1, "\(outcome.stderr)")
        #expect(outcome.stdout.contains("-- destructive: "))
        #expect(outcome.stdout.contains("-- lock: "))
        #expect(outcome.stdout.contains("DROP COLUMN \"legacy\";\n"))
        try Connection(from).execute(outcome.stdout)
        let again = try DBBinary.run(["diff", "--from", from.raw, "--to", to.raw, "--exit-code"])
        #expect(again.exitCode == 0, "\(again.stdout)\(again.stderr)")
        #expect(again.stdout.isEmpty)
    }

    @Test func diffJSONListsKindsAndFlags() throws {
        let from = try TestCluster.newDatabase("diffjson")
        let to = try TestCluster.newDatabase("diffjson")
        try Connection(to).execute("CREATE TABLE t (id int);")
        let outcome = try DBBinary.run(["diff", "--from", from.raw, "--to", to.raw, "--json"])
        #expect(outcome.exitCode == 0, "\(outcome.stderr)")
        let document = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
        #expect(document?["format"] as? Int == 1)
        let changes = try #require(document?["changes"] as? [[String: Any]])
        #expect(changes.count == 1)
        #expect(changes.first?["destructive"] as? Bool == false)
        #expect((changes.first?["sql"] as? String)?.hasPrefix("CREATE TABLE") == true)
    }

    @Test func databaseBuiltFromTheSchemaHasNoDiffAgainstSchema() throws {
        let server = try TestCluster.shared().connectionString()
        let database = try TestCluster.newDatabase("diffschema")
        try TestCluster.ensureLoginRoles(["app_user"])
        let script = try DBBinary.run(["diff", "--from", database.raw, "--to", "schema", "--dev-url", server.raw])
        #expect(script.exitCode == 0, "\(script.stderr)")
        #expect(script.stdout.contains("CREATE TABLE \"app\".\"posts\""))
        try Connection(database).execute(script.stdout)
        let again = try DBBinary.run(
            ["diff", "--from", database.raw, "--to", "schema", "--dev-url", server.raw, "--exit-code"])
        #expect(again.exitCode == 0, "\(again.stdout)\(again.stderr)")
    }

    @Test func ownersAreComparedOnlyWithTheOwnersFlag() throws {
        let from = try TestCluster.newDatabase("diffowners")
        let to = try TestCluster.newDatabase("diffowners")
        let roles = #"""
            DO $$ BEGIN CREATE ROLE "cli owner ""x"" ü"; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
            DO $$ BEGIN CREATE ROLE cli_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;

            """#
        try Connection(from).execute(roles + "CREATE TABLE t (id int); INSERT INTO t VALUES (1), (2);")
        try Connection(to).execute(
            roles + #"CREATE TABLE t (id int); ALTER TABLE t OWNER TO "cli owner ""x"" ü"; GRANT SELECT ON t TO cli_reader;"#)
        let plain = try DBBinary.run(["diff", "--from", from.raw, "--to", to.raw])
        #expect(plain.exitCode == 0, "\(plain.stderr)")
        #expect(plain.stdout.contains(#"GRANT SELECT ON TABLE "public"."t" TO "cli_reader";"#))
        #expect(!plain.stdout.contains("OWNER TO"))
        let owners = try DBBinary.run(["diff", "--from", from.raw, "--to", to.raw, "--owners"])
        #expect(owners.stdout.contains(#"ALTER TABLE "public"."t" OWNER TO "cli owner ""x"" ü";"#), "\(owners.stderr)")
        try Connection(from).execute(owners.stdout)
        let again = try DBBinary.run(["diff", "--from", from.raw, "--to", to.raw, "--owners", "--exit-code"])
        #expect(again.exitCode == 0, "\(again.stdout)\(again.stderr)")
    }

    @Test func unknownSourceIsAnErrorWithTheNextStep() throws {
        let outcome = try DBBinary.run(["diff", "--from", "prod", "--to", "schema"])
        #expect(outcome.exitCode == 2)
        #expect(outcome.stderr.contains("unknown schema source \"prod\""))
    }
}
