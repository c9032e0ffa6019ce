import Catalog
import Diff
import SchemaDSL
import Testing

/// `Table.moved(fromSchema:)` end to end: DSL → hints → diff → SQL.
@Suite struct MoveHintTests {
    @Test func aMovedTableBecomesSetSchemaAndKeepsItsRows() throws {
        let before = try DesiredSchema {
            Schema("staging")
            Schema("app")
            Table("raw_users", schema: "staging") {
                Column("id", .integer).primaryKey()
            }
        }
        let after = try DesiredSchema {
            Schema("staging")
            Schema("app")
            Table("users", schema: "app") {
                Column("id", .integer).primaryKey()
            }
            .moved(fromSchema: "staging")
            .renamed(from: "raw_users")
        }
        #expect(after.hints.movedTables == ["app.users": "staging"])
        let changes = diff(from: before.catalog, to: after.catalog, hints: after.hints)
        #expect(
            changes.map(\.sql) == [
                #"ALTER TABLE "staging"."raw_users" RENAME TO "users""#,
                #"ALTER TABLE "staging"."users" SET SCHEMA "app""#,
                #"ALTER TABLE "app"."users" RENAME CONSTRAINT "raw_users_pkey" TO "users_pkey""#,
            ])
        #expect(changes.filter(\.isDestructive).isEmpty)
    }
}
