import Catalog
import DBTestSupport
import Diff
import Foundation
import Introspection
import Postgres
import Testing

/// The folders under `Fixtures/diff/`, one per case, each with `from.sql`, `to.sql` and optionally `hints.json`.
enum OracleFixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/diff")

    static let caseNames: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }()

    static func text(_ caseName: String, _ file: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(caseName).appendingPathComponent(file), encoding: .utf8)
    }

    /// The optional `values.sql` of a case: a query whose rows must be the same on A after the migration as on B
    /// (whose `to.sql` inserts the rows A's should become).
    static func valuesQuery(_ caseName: String) throws -> String? {
        let url = directory.appendingPathComponent(caseName).appendingPathComponent("values.sql")
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return try String(contentsOf: url, encoding: .utf8)
    }

    static func hints(_ caseName: String) throws -> SchemaHints {
        let url = directory.appendingPathComponent(caseName).appendingPathComponent("hints.json")
        guard FileManager.default.fileExists(atPath: url.path) else { return SchemaHints() }
        return try JSONDecoder().decode(SchemaHints.self, from: Data(contentsOf: url))
    }
}

/// The correctness oracle: for each fixture, applying `diff(A, B)` to A makes `pg_dump --schema-only` of A equal
/// to that of B, every table of A that survives into B keeps its rows (with the values `values.sql` reads, when the
/// case has one), and a second diff is empty.
@Suite struct DiffOracleTests {
    @Test func thereAreEnoughCases() {
        #expect(OracleFixtures.caseNames.count >= 60)
    }

    @Test(arguments: OracleFixtures.caseNames)
    func applyingTheDiffMakesBothDatabasesEqual(_ caseName: String) throws {
        let fromTarget = try TestCluster.newDatabase("oracle_from")
        let toTarget = try TestCluster.newDatabase("oracle_to")
        let fromConnection = try Connection(fromTarget)
        let toConnection = try Connection(toTarget)
        try fromConnection.execute(try OracleFixtures.text(caseName, "from.sql"))
        try toConnection.execute(try OracleFixtures.text(caseName, "to.sql"))
        let hints = try OracleFixtures.hints(caseName)

        let fromCatalog = try introspect(fromConnection)
        let toCatalog = try introspect(toConnection)
        let changes = diff(from: fromCatalog, to: toCatalog, hints: hints)
        let surviving = SurvivingTables(from: fromCatalog, to: toCatalog, hints: hints).names
        let rowsBefore = try SurvivingTables.rowCounts(of: surviving.map(\.old), on: fromConnection)
        #expect(!changes.isEmpty, "\(caseName): from.sql and to.sql should differ")
        if caseName.hasPrefix("rename_") {
            #expect(changes.contains { $0.kind.hasPrefix("rename_") }, "\(caseName): hints gave no RENAME\n\(render(changes))")
        }
        for change in changes {
            do {
                try fromConnection.execute(change.sql)
            } catch {
                Issue.record("\(caseName): \(change.sql)\nfailed: \(error)\nplan:\n\(render(changes))")
                return
            }
        }

        let rowsAfter = try SurvivingTables.rowCounts(of: surviving.map(\.new), on: fromConnection)
        for (position, table) in surviving.enumerated() where rowsBefore[position] != rowsAfter[position] {
            let counts = "\(rowsBefore[position]) rows before the migration and \(rowsAfter[position]) after"
            Issue.record("\(caseName): \(table.new.key) had \(counts)\nplan:\n\(render(changes))")
        }

        if let query = try OracleFixtures.valuesQuery(caseName) {
            let migrated = try fromConnection.query(query).rows.map(\.values)
            let expected = try toConnection.query(query).rows.map(\.values)
            #expect(
                migrated == expected,
                "\(caseName): values.sql differs\nA after the migration: \(migrated)\nB: \(expected)\nplan:\n\(render(changes))")
        }

        let fromDump = try normalisedDump(fromTarget)
        let toDump = try normalisedDump(toTarget)
        let missing = toDump.subtracting(fromDump).sorted()
        let extra = fromDump.subtracting(toDump).sorted()
        #expect(
            missing.isEmpty && extra.isEmpty,
            "\(caseName): dumps differ\nonly in B:\n\(missing.joined(separator: "\n"))\nonly in A:\n\(extra.joined(separator: "\n"))\nplan:\n\(render(changes))"
        )

        let second = diff(from: try introspect(fromConnection), to: try introspect(toConnection), hints: hints)
        #expect(second.isEmpty, "\(caseName): second diff not empty:\n\(render(second))\nfirst plan:\n\(render(changes))")
    }

    private func render(_ changes: [Change]) -> String {
        changes.map { $0.sql + ";" }.joined(separator: "\n")
    }

    /// `pg_dump --schema-only` as a set of statements (see `SchemaDump`).
    private func normalisedDump(_ target: ConnectionString) throws -> Set<String> {
        Set(try SchemaDump.normalized(target))
    }
}
