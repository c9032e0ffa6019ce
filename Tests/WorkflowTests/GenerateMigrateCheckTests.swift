import DBTestSupport
import Foundation
import Migrations
import Postgres
import SchemaDSL
import Testing
import Workflow

@Suite struct GenerateMigrateCheckTests {
    let server: ConnectionString
    let folder: TemporaryDirectory

    init() throws {
        server = try TestCluster.shared().connectionString()
        folder = try TemporaryDirectory("generate")
        try TestCluster.ensureLoginRoles(["shop_staff"])
    }

    private func loader(_ schema: any DatabaseSchema.Type) -> CatalogLoader {
        CatalogLoader(schema: schema, migrationsDirectory: folder.url, scratchServer: { [server] in server })
    }

    /// Writes what `db generate` would write and returns the file names.
    private func generate(_ schema: any DatabaseSchema.Type, name: String) throws -> [GeneratedMigration] {
        let result = try MigrationGenerator(loader: loader(schema)).generate(name: name)
        #expect(result.unresolved.isEmpty, "unresolved: \(result.unresolved.map(\.summary))")
        for migration in result.migrations {
            try folder.write(migration.fileName, migration.sql)
            try folder.write(migration.downFileName, migration.downSQL)
        }
        return result.migrations
    }

    private func migrate(_ target: ConnectionString) throws {
        let files = try MigrationDirectory.load(folder.url)
        _ = try Migrator(connection: try Connection(target), files: files, options: MigrateOptions(), report: { _ in })
            .migrate()
    }

    @Test func editGenerateMigrateCheckThenRollBackExactly() throws {
        let target = try TestCluster.newDatabase("workflow")
        let first = try generate(ShopV1.self, name: "create shop")
        #expect(first.count == 1)
        #expect(first[0].fileName.hasSuffix("_create_shop.sql"))
        #expect(first[0].sql.contains("-- Changes:\n--   create schema shop"))
        try migrate(target)
        let afterFirst = try SchemaDump.normalized(target)

        let second = try generate(ShopV2.self, name: "")
        #expect(second.count >= 2, "the enum value and the concurrent index need their own no-transaction files")
        let noTransaction = second.filter { $0.sql.hasPrefix("-- db:no-transaction") }
        #expect(noTransaction.contains { $0.sql.contains("ADD VALUE 'refunded' AFTER 'paid'") })
        #expect(noTransaction.contains { $0.sql.contains("CREATE INDEX CONCURRENTLY") })
        #expect(second.contains { $0.sql.contains("ADD COLUMN \"note\" text") })
        #expect(second.contains { $0.sql.contains("CREATE POLICY \"orders_staff\"") })
        try migrate(target)

        let findings = try DriftCheck(loader: loader(ShopV2.self)).run(
            database: target, typesFile: nil, renderTypes: { _ in "" })
        #expect(findings.map(\.status) == [.ok, .ok, .ok], "\(findings.map(\.summary))")
        #expect(try MigrationGenerator(loader: loader(ShopV2.self)).generate(name: nil).migrations.isEmpty)

        let files = try MigrationDirectory.load(folder.url)
        _ = try Migrator(connection: try Connection(target), files: files, options: MigrateOptions(), report: { _ in })
            .rollback(to: first[0].fileName.split(separator: "_")[0].description)
        let afterRollback = try SchemaDump.normalized(target)
        #expect(
            afterRollback == afterFirst,
            "only after rollback: \(afterRollback.filter { !afterFirst.contains($0) }); only before: \(afterFirst.filter { !afterRollback.contains($0) })")
    }

    @Test func outOfBandIndexAndTamperedFileAreDrift() throws {
        let target = try TestCluster.newDatabase("drift")
        let first = try generate(ShopV1.self, name: "create shop")
        try migrate(target)
        try Connection(target).execute("CREATE INDEX orders_total_by_hand ON shop.orders (total)")
        let findings = try DriftCheck(loader: loader(ShopV1.self)).run(
            database: target, typesFile: nil, renderTypes: { _ in "" })
        let live = try #require(findings.first { $0.check == "database_matches_migrations" })
        #expect(live.status == .drift)
        #expect(live.sql?.contains("orders_total_by_hand") == true)

        try folder.write(first[0].fileName, first[0].sql + "\n-- edited after it was applied\n")
        let tampered = try DriftCheck(loader: loader(ShopV1.self)).run(
            database: target, typesFile: nil, renderTypes: { _ in "" })
        #expect(tampered.first { $0.check == "history_matches_files" }?.status == .drift)
    }
}
