import Catalog
import Foundation
import Testing

@testable import Diff

/// Type changes keep values where a cast path exists, and say why when none does.
@Suite struct DataPreservationTests {
    private func catalog(_ type: String, schema: String = "app", table: String = "t") -> Catalog {
        var catalog = Catalog()
        catalog.add(Schema(name: schema))
        catalog.add(
            Table(
                name: QualifiedName(schema, table),
                columns: [Column(name: "id", type: "integer", isNotNull: true), Column(name: "v", type: type)]))
        return catalog
    }

    @Test func aTypeWithNoCastIsDroppedAndAddedWithTheReason() throws {
        let changes = diff(from: catalog("point"), to: catalog("integer"))
        #expect(changes.map(\.kind) == ["drop_column_losing_values", "add_column"])
        let drop = try #require(changes.first)
        #expect(drop.isDestructive)
        #expect(drop.sql == #"ALTER TABLE "app"."t" DROP COLUMN "v""#)
        #expect(drop.summary.contains("no cast from point to integer"))
    }

    @Test func anIndexOnARecreatedColumnIsDroppedAndCreatedAgain() {
        func withIndex(_ type: String) -> Catalog {
            var catalog = catalog(type)
            let index = Index(
                name: "t_v_idx", table: QualifiedName("app", "t"), keys: [IndexKey(expression: "v", isColumn: true)])
            catalog.tables["app.t"]?.indexes[index.name] = index
            return catalog
        }
        #expect(
            diff(from: withIndex("integer"), to: withIndex("date")).map(\.kind) == [
                "drop_index", "drop_column_losing_values", "add_column", "create_index",
            ])
        #expect(diff(from: withIndex("integer"), to: withIndex("bigint")).map(\.kind) == ["alter_column_type"])
    }

    @Test func anIndexOnARecreatedColumnWithAQuotedNameIsDroppedAndCreatedAgain() {
        func catalog(_ type: String) -> Catalog {
            var catalog = Catalog()
            catalog.add(Schema(name: "app"))
            let table = QualifiedName("app", "t")
            var value = Table(
                name: table, columns: [Column(name: "id", type: "integer"), Column(name: "v-2 x", type: type)])
            let index = Index(name: "t_idx", table: table, keys: [IndexKey(expression: "v-2 x", isColumn: true)])
            value.indexes[index.name] = index
            catalog.add(value)
            return catalog
        }
        #expect(
            diff(from: catalog("integer"), to: catalog("date")).map(\.kind) == [
                "drop_index", "drop_column_losing_values", "add_column", "create_index",
            ])
    }

    @Test func anArrayOfATypeWithNoCastIsDestructiveToo() {
        let changes = diff(from: catalog("point[]"), to: catalog("integer[]"))
        #expect(changes.first?.kind == "drop_column_losing_values")
        #expect(changes.first?.isDestructive == true)
    }

    @Test func textToIntegerConvertsThroughTextWithAHazardNotALoss() throws {
        let change = try #require(diff(from: catalog("text"), to: catalog("integer")).first)
        #expect(change.kind == "convert_column_type")
        #expect(!change.isDestructive)
        #expect(change.sql == #"ALTER TABLE "app"."t" ALTER COLUMN "v" TYPE integer USING "v"::integer"#)
        #expect(change.hazard?.contains("does not parse") == true)
    }

    @Test func aUserTypeIsReachedThroughText() throws {
        let change = try #require(diff(from: catalog("app.old_status"), to: catalog("app.status")).first)
        #expect(change.sql == #"ALTER TABLE "app"."t" ALTER COLUMN "v" TYPE app.status USING "v"::text::app.status"#)
        #expect(!change.isDestructive)
    }

    @Test func anExplicitBuiltInCastKeepsTheValues() throws {
        let change = try #require(diff(from: catalog("integer"), to: catalog("boolean")).first)
        #expect(change.kind == "alter_column_type")
        #expect(change.sql == #"ALTER TABLE "app"."t" ALTER COLUMN "v" TYPE boolean USING "v"::boolean"#)
        #expect(!change.isDestructive)
    }

    @Test func wideningAndShrinkingWithinAFamilyUseTheAssignmentCast() {
        #expect(
            diff(from: catalog("integer"), to: catalog("bigint")).map(\.sql) == [
                #"ALTER TABLE "app"."t" ALTER COLUMN "v" TYPE bigint"#
            ])
        #expect(
            diff(from: catalog("character varying(50)"), to: catalog("character varying(10)")).map(\.sql) == [
                #"ALTER TABLE "app"."t" ALTER COLUMN "v" TYPE character varying(10)"#
            ])
        #expect(TypeConversion(from: "point", to: "text") == .assignment)
    }

    @Test func theConversionTable() {
        #expect(TypeConversion(from: "text", to: "uuid") == .throughText)
        #expect(TypeConversion(from: "jsonb", to: "integer") == .explicitCast)
        #expect(TypeConversion(from: "integer", to: "date") == .none)
        #expect(TypeConversion(from: "uuid", to: "bytea") == .none)
        #expect(TypeConversion(from: "numeric(10,2)[]", to: "integer[]") == .assignment)
    }

    @Test func aMoveHintSetsTheSchemaInsteadOfDropAndCreate() {
        var from = catalog("integer", schema: "app", table: "orders")
        from.add(Schema(name: "archive"))
        var to = catalog("integer", schema: "archive", table: "orders")
        to.add(Schema(name: "app"))
        let hints = SchemaHints(movedTables: ["archive.orders": "app"])
        #expect(
            diff(from: from, to: to, hints: hints).map(\.sql) == [
                #"ALTER TABLE "app"."orders" SET SCHEMA "archive""#
            ])
        #expect(diff(from: from, to: to).map(\.kind).sorted() == ["create_table", "drop_table"])
    }

    @Test func aMovedAndRenamedTableIsRenamedFirst() {
        var from = catalog("integer", schema: "app", table: "raw_users")
        from.add(Schema(name: "core"))
        var to = catalog("integer", schema: "core", table: "users")
        to.add(Schema(name: "app"))
        let hints = SchemaHints(renamedTables: ["core.users": "raw_users"], movedTables: ["core.users": "app"])
        #expect(
            diff(from: from, to: to, hints: hints).map(\.sql) == [
                #"ALTER TABLE "app"."raw_users" RENAME TO "users""#,
                #"ALTER TABLE "app"."users" SET SCHEMA "core""#,
            ])
    }

    @Test func hintsWithoutNewerKeysStillDecode() throws {
        let hints = try JSONDecoder().decode(SchemaHints.self, from: Data(#"{"renamedTables": {"app.b": "a"}}"#.utf8))
        #expect(hints.renamedTables == ["app.b": "a"])
        #expect(hints.movedTables.isEmpty)
        #expect(hints.previousName(ofTable: QualifiedName("app", "b")) == QualifiedName("app", "a"))
    }
}
