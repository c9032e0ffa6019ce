import DBTestSupport
import Foundation
import Postgres
import Testing

/// `db generate --database-url` sizes each generated statement's locks on a live database in the file's header.
@Suite struct GenerateSizingTests {
    @Test func theHeaderNamesTheLiveSizeOfEachLockedTable() throws {
        try TestCluster.ensureLoginRoles(["app_user"])
        let folder = try TemporaryDirectory("generate-sizing")
        for file in try FileManager.default.contentsOfDirectory(atPath: CheckCommandTests.migrations) {
            try FileManager.default.copyItem(
                atPath: CheckCommandTests.migrations + "/" + file, toPath: folder.path + "/" + file)
        }
        // The migrations now differ from the Swift schema on an existing table: the next file changes it back.
        try folder.write(
            "20270101000000_narrow_name.sql", "ALTER TABLE app.organizations ALTER COLUMN name TYPE varchar(200);\n")
        let live = try TestCluster.newDatabase("generate_sizing")
        let server = try TestCluster.shared().connectionString()
        let migrate = try DBBinary.run(["migrate", "--database-url", live.raw, "--migrations-dir", folder.path])
        #expect(migrate.exitCode == 0, "\(migrate.stderr)")
        try Connection(live).execute(
            """
            INSERT INTO app.organizations (name, slug) SELECT 'org ' || g, 'org-' || g FROM generate_series(1, 5000) g;
            ANALYZE app.organizations;
            """)

        let generate = try DBBinary.run([
            "generate", "--name", "widen", "--no-down", "--migrations-dir", folder.path, "--dev-url", server.raw,
            "--database-url", live.raw,
        ])
        #expect(generate.exitCode == 0, "\(generate.stdout)\(generate.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasSuffix("_widen.sql")
        }
        let file = try #require(written.first, "\(generate.stdout)")
        let text = try String(contentsOfFile: folder.path + "/" + file, encoding: .utf8)
        let header = text.components(separatedBy: "\n\n")[0]
        #expect(header.contains("Sized on "), "\(text)")
        #expect(header.contains("locks app.organizations (5 k rows"), "\(header)")
        #expect(header.contains("under ACCESS EXCLUSIVE, blocks reads and writes"), "\(header)")
        #expect(header.split(separator: "\n").allSatisfy { $0.hasPrefix("--") }, "\(header)")
    }
}
