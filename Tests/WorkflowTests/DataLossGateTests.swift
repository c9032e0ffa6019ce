import Catalog
import Diff
import Migrations
import Testing
import Workflow

/// A type change with no cast path reaches `db migrate` as a destructive statement, with its reason in the script.
@Suite struct DataLossGateTests {
    private func catalog(_ type: String) -> Catalog {
        var catalog = Catalog()
        catalog.add(Schema(name: "app"))
        catalog.add(Table(name: QualifiedName("app", "places"), columns: [Column(name: "location", type: type)]))
        return catalog
    }

    @Test func aTypeChangeWithNoCastIsRefusedByTheGateAndSaysWhy() throws {
        let script = ChangeScript.render(diff(from: catalog("point"), to: catalog("integer")))
        #expect(
            script.contains(
                "-- destructive: drop column losing values app.places.location "
                    + "(Postgres has no cast from point to integer"
            ))
        let scan = try StatementScan(script, fileName: "1_retype.sql")
        #expect(scan.destructive.map(\.reason) == ["ALTER TABLE app.places DROP COLUMN location"])
    }

    @Test func aConversionThroughTextIsNotRefused() throws {
        let script = ChangeScript.render(diff(from: catalog("text"), to: catalog("integer")))
        #expect(script.contains("-- lock: converts text values to integer through text"))
        #expect(try StatementScan(script, fileName: "1_retype.sql").destructive.isEmpty)
    }
}
