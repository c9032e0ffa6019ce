import DBTestSupport
import Foundation
import Postgres
import Testing

/// `db check` with the example schema and the repository's own migrations/ folder.
@Suite struct CheckCommandTests {
    static let migrations = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("migrations").path

    private func migratedExample() throws -> (ConnectionString, [String]) {
        try TestCluster.ensureLoginRoles(["app_user"])
        let target = try TestCluster.newDatabase("check")
        let server = try TestCluster.shared().connectionString()
        let common = ["--migrations-dir", Self.migrations, "--dev-url", server.raw]
        let migrate = try DBBinary.run(["migrate", "--database-url", target.raw, "--migrations-dir", Self.migrations])
        #expect(migrate.exitCode == 0, "\(migrate.stderr)")
        return (target, common)
    }

    @Test func checkIsInSyncAfterMigratingAndFlagsAHandMadeChange() throws {
        let (target, common) = try migratedExample()
        let clean = try DBBinary.run(["check", "--database-url", target.raw] + common)
        #expect(clean.exitCode == 0, "\(clean.stdout)\(clean.stderr)")
        #expect(clean.stdout.contains("ok    migrations_match_schema"))
        #expect(clean.stdout.contains("ok    database_matches_migrations"))

        try Connection(target).execute("ALTER TABLE app.posts ADD COLUMN hotfix text")
        let drift = try DBBinary.run(["check", "--database-url", target.raw, "--json"] + common)
        #expect(drift.exitCode == 1, "\(drift.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(drift.stdout.utf8)) as? [String: Any]
        #expect(report?["format"] as? Int == 1)
        #expect(report?["in_sync"] as? Bool == false)
        let checks = try #require(report?["checks"] as? [[String: Any]])
        let live = try #require(checks.first { $0["check"] as? String == "database_matches_migrations" })
        #expect(live["status"] as? String == "drift")
        #expect((live["sql"] as? String)?.contains("DROP COLUMN \"hotfix\"") == true)
    }

    @Test func staleTypesFileIsDrift() throws {
        let (target, common) = try migratedExample()
        let folder = try TemporaryDirectory("types")
        let file = folder.url.appendingPathComponent("Types.swift").path
        #expect(try DBBinary.run(["types", "--database-url", target.raw, "--out", file]).exitCode == 0)
        #expect(try DBBinary.run(["check", "--database-url", target.raw, "--types", file] + common).exitCode == 0)
        try Connection(target).execute("ALTER TABLE app.tags ADD COLUMN color text")
        let stale = try DBBinary.run(["check", "--database-url", target.raw, "--types", file] + common)
        #expect(stale.exitCode == 1)
        #expect(stale.stdout.contains("DRIFT types_up_to_date"))
        #expect(stale.stdout.contains("+         public var color: String?"))
    }

    @Test func developmentCommandsRefuseARemoteServer() throws {
        for command in [["push"], ["reset"], ["seed"]] {
            let outcome = try DBBinary.run(command + ["--database-url", "postgresql://deploy:pw@db.example.com/app"])
            #expect(outcome.exitCode == 1, "\(command): \(outcome.stderr)")
            #expect(outcome.stdout.contains("target: host=db.example.com dbname=app user=deploy password=***"))
            #expect(outcome.stderr.contains("pass --allow-remote"))
            #expect(!(outcome.stdout + outcome.stderr).contains(":pw@"))
        }
    }

    @Test func pushRefusesDestructiveChangesWithoutForce() throws {
        let (target, common) = try migratedExample()
        try Connection(target).execute("CREATE TABLE app.scratchpad (id int)")
        let refused = try DBBinary.run(["push", "--database-url", target.raw] + common)
        #expect(refused.exitCode == 1)
        #expect(refused.stderr.contains("drop table app.scratchpad"))
        let forced = try DBBinary.run(["push", "--database-url", target.raw, "--force"] + common)
        #expect(forced.exitCode == 0, "\(forced.stderr)")
        let again = try DBBinary.run(["push", "--database-url", target.raw] + common)
        #expect(again.stdout.contains("No schema changes"))
    }
}

/// The committed `Fixtures/AppSchemaTypes.swift` (what `db types` writes for the example) is current, compiles, and
/// round-trips a real row of `app.posts`.
@Suite struct ExampleTypesTests {
    static let typesFile = URL(fileURLWithPath: CheckCommandTests.migrations).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/AppSchemaTypes.swift")

    @Test func committedExampleTypesAreCurrentCompileAndRoundTripAPost() throws {
        try TestCluster.ensureLoginRoles(["app_user"])
        let target = try TestCluster.newDatabase("exampletypes")
        #expect(
            try DBBinary.run(["migrate", "--database-url", target.raw, "--migrations-dir", CheckCommandTests.migrations])
                .exitCode == 0)
        let generated = try DBBinary.run(["types", "--database-url", target.raw])
        #expect(generated.stdout == (try String(contentsOf: Self.typesFile, encoding: .utf8)))

        let connection = try Connection(target)
        try connection.execute(
            """
            INSERT INTO app.organizations (id, name, slug) VALUES ('00000000-0000-4000-8000-00000000000a', 'Acme', 'acme');
            INSERT INTO app.users (id, email, display_name) VALUES ('00000000-0000-4000-8000-0000000000a1', 'a@x.test', 'A');
            INSERT INTO app.posts (organization_id, author_id, title, slug, status, metadata)
              VALUES ('00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-0000000000a1', 'Hi', 'hi',
                      'published', '{"tags": ["x"], "score": 1.5}');
            """)
        let row = try connection.execute("SELECT row_to_json(p)::text AS j FROM app.posts p").rows[0].string("j")
        let folder = try TemporaryDirectory("exampletypes")
        try folder.write("row.json", row)
        try folder.write(
            "main.swift",
            """
            import Foundation
            let data = try Data(contentsOf: URL(fileURLWithPath: CommandLine.arguments[1]))
            let post = try DatabaseJSON.decoder().decode(App.Posts.self, from: data)
            precondition(post.status == .published && post.deletedAt == nil && post.version == 1)
            FileHandle.standardOutput.write(try DatabaseJSON.encoder().encode(post))
            """)
        let binary = folder.url.appendingPathComponent("roundtrip").path
        try runProcess(
            "/usr/bin/env", ["swiftc", "-o", binary, Self.typesFile.path, folder.url.appendingPathComponent("main.swift").path])
        let reencoded = try runProcess(binary, [folder.url.appendingPathComponent("row.json").path])
        let same = try connection.query(
            "SELECT count(*) AS n FROM app.posts p WHERE p = jsonb_populate_record(NULL::app.posts, $1::jsonb)", [reencoded])
        #expect(same.rows[0].int("n") == 1, "\(reencoded)")
    }
}
