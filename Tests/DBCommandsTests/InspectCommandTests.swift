import DBTestSupport
import Foundation
import Postgres
import Testing

/// `db inspect` run as a user would, against `Fixtures/introspection/tables.sql`.
@Suite struct InspectCommandTests {
    /// A fresh database holding the fixture, and the `--database-url` arguments for it.
    private func fixtureDatabase(_ label: String) throws -> [String] {
        let target = try TestCluster.newDatabase(label)
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/introspection/tables.sql")
        try Connection(target).execute(try String(contentsOf: fixture, encoding: .utf8))
        return ["--database-url", target.raw]
    }

    @Test func jsonIsTheVersionedCatalogWithSortedKeys() throws {
        let connection = try fixtureDatabase("inspectjson")
        let outcome = try DBBinary.run(["inspect", "--json", "--schema", "app"] + connection)
        #expect(outcome.exitCode == 0, "\(outcome.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        #expect(document["format"] as? Int == 2)
        let catalog = try #require(document["catalog"] as? [String: Any])
        #expect((catalog["schemas"] as? [String: Any])?.keys.sorted() == ["app"])
        let tables = try #require(catalog["tables"] as? [String: Any])
        #expect(tables["app.users"] != nil && tables["public.__migrations"] == nil)
        let catalogKeys = outcome.stdout.split(separator: "\n").filter { $0.hasPrefix("    \"") }.map {
            $0.split(separator: "\"")[1]
        }
        #expect(catalogKeys == catalogKeys.sorted(), "keys are sorted")
        let again = try DBBinary.run(["inspect", "--json", "--schema", "app"] + connection)
        #expect(again.stdout == outcome.stdout, "output is byte-stable")
    }

    @Test func summaryCountsKindsAndListsTables() throws {
        let connection = try fixtureDatabase("inspectsummary")
        let outcome = try DBBinary.run(["inspect"] + connection)
        #expect(outcome.exitCode == 0, "\(outcome.stderr)")
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("target: ") == true)
        #expect(lines.contains("tables: 11"))
        #expect(lines.contains("policies: 3"))
        #expect(lines.contains("  app.users  9 columns, 5 constraints, 6 indexes"))
        #expect(lines.contains("  app.documents  3 columns, 1 constraints, 0 indexes, 3 policies, RLS forced"))
    }

    @Test func unknownSchemaExitsTwoNamingIt() throws {
        let connection = try fixtureDatabase("inspectmissing")
        let outcome = try DBBinary.run(["inspect", "--schema", "nope"] + connection)
        #expect(outcome.exitCode == 2)
        #expect(outcome.stderr.contains("error: schema \"nope\" not found"))
    }
}
