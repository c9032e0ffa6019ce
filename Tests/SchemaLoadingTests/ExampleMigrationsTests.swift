import AppSchema
import DBTestSupport
import Diff
import Foundation
import Introspection
import Migrations
import Postgres
import SchemaLoading
import Testing

/// The repository's `migrations/` are the example schema's history: applied to an empty database they produce
/// exactly what `schema` means.
@Suite struct ExampleMigrationsTests {
    @Test func databaseMigratedWithTheExampleMigrationsHasNoDiffAgainstSchema() throws {
        try TestCluster.ensureLoginRoles(["app_user"])
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let files = try MigrationDirectory.load(root.appendingPathComponent("migrations"))
        try #require(!files.isEmpty)
        let database = try Connection(TestCluster.newDatabase("dsl_example_migrations"))
        try Migrator(connection: database, files: files).migrate()

        let source = try SchemaSource(AppSchema.self)
        let schema = try source.load(on: TestCluster.shared().connectionString())
        let migrated = try introspect(database, schemas: source.schemaNames)
        let changes = diff(from: migrated, to: schema)
        #expect(changes.isEmpty, "\(changes.map(\.sql))")
    }
}
