import DBTestSupport
import Diff
import Introspection
import Postgres
import SchemaDSL
import SchemaLoading
import Testing

/// `.renamed(from:)` hints turn what would be drop + create into RENAME statements, and are harmless once applied.
@Suite struct RenameHintTests {
    @Test func renameHintsProduceRenameStatementsAndNothingElse() throws {
        let before = try DesiredSchema {
            Schema("blog")
            Enum("visibility", schema: "blog", labels: "open", "hidden")
            Table("articles", schema: "blog") {
                Column("id", .integer).primaryKey()
                Column("headline", .text).notNull()
                Column("visibility", .enum("visibility", schema: "blog")).notNull().default("open")
                Column("slug", .text).unique()
                Check("id_positive", "id > 0")
                Index("articles_headline_idx", on: "headline")
            }
        }
        let after = try DesiredSchema {
            Schema("cms").renamed(from: "blog")
            Enum("visibility", schema: "cms", labels: "public", "hidden").renamedLabel("public", from: "open")
            Table("posts", schema: "cms") {
                Column("id", .integer).primaryKey()
                Column("title", .text).notNull().renamed(from: "headline")
                Column("visibility", .enum("visibility", schema: "cms")).notNull().default("public")
                Column("permalink", .text).unique().renamed(from: "slug")
                Check("posts_id_positive", "id > 0").renamed(from: "id_positive")
                Index("posts_title_idx", on: "title").renamed(from: "articles_headline_idx")
            }
            .renamed(from: "articles")
        }
        let server = try TestCluster.shared().connectionString()
        let old = try SchemaSource(before).load(on: server)
        let new = try SchemaSource(after).load(on: server)

        let changes = diff(from: old, to: new, hints: after.hints)
        let sql = changes.map(\.sql).joined(separator: "\n")
        #expect(sql.contains("ALTER SCHEMA \"blog\" RENAME TO \"cms\""), "\(sql)")
        #expect(sql.contains("RENAME TO \"posts\""), "\(sql)")
        #expect(sql.contains("RENAME COLUMN \"headline\" TO \"title\""), "\(sql)")
        #expect(sql.contains("RENAME VALUE 'open' TO 'public'"), "\(sql)")
        #expect(sql.contains("RENAME CONSTRAINT \"id_positive\" TO \"posts_id_positive\""), "\(sql)")
        #expect(sql.contains("RENAME TO \"posts_title_idx\""), "\(sql)")
        // Default-named constraints follow their table and columns.
        #expect(sql.contains("RENAME CONSTRAINT \"articles_pkey\" TO \"posts_pkey\""), "\(sql)")
        #expect(sql.contains("RENAME CONSTRAINT \"articles_slug_key\" TO \"posts_permalink_key\""), "\(sql)")
        #expect(!changes.contains { $0.isDestructive }, "\(sql)")
        #expect(!sql.contains("ALTER COLUMN \"visibility\""), "\(sql)")

        // Applied to the old database, the renames leave nothing to do, and the stale hints are ignored.
        let database = try Connection(TestCluster.newDatabase("dsl_renames"))
        try SchemaSource(before).apply(to: database)
        for change in changes { _ = try database.execute(change.sql) }
        let migrated = try Introspection.introspect(database, schemas: ["cms"])
        let remaining = diff(from: migrated, to: new, hints: after.hints)
        #expect(remaining.isEmpty, "\(remaining.map(\.sql))")
    }
}
