import Catalog
import Testing

/// `Fixtures/introspection/names.sql`: mixed case, spaces, embedded quotes, reserved words, non-ASCII, several
/// schemas and foreign keys across them.
@Suite struct NameIntrospectionTests {
    static let loaded = loadedCatalog("names")
    func catalog() throws -> Catalog { try Self.loaded.get() }

    @Test func awkwardNamesAreStoredUnquotedAndKeyedUnambiguously() throws {
        let catalog = try catalog()
        #expect(Set(catalog.schemas.keys) == ["Billing", "crm", "odd schema", "public"])
        #expect(catalog.schemas["odd schema"]?.comment == "a schema with a space")
        let user = try catalog.table("crm", "user")
        #expect(user.columns.map(\.name) == ["order", "Display Name", "say \"hi\"", "prénom"])
        #expect(user.column("say \"hi\"")?.defaultExpression == "'it''s \"quoted\"'::text")
        #expect(user.column("say \"hi\"")?.comment == "embedded quote")
        #expect(user.primaryKey?.kind == .primaryKey(columns: ["order"]))
        #expect(catalog.tables["\"Billing\".\"Invoice Lines\""] != nil)
        #expect(catalog.tables[QualifiedName("odd schema", "straße").key] != nil)
    }

    @Test func typesAndDefinitionsAreSchemaQualifiedAndQuoted() throws {
        let catalog = try catalog()
        #expect(
            catalog.enums["\"Billing\".\"Currency\""]?.labels == ["EUR", "USD", "Ünïcode label", "has 'quote'"])
        let lines = try catalog.table("Billing", "Invoice Lines")
        #expect(lines.column("currency")?.type == "\"Billing\".\"Currency\"")
        #expect(lines.column("currency")?.defaultExpression == "'EUR'::\"Billing\".\"Currency\"")
        #expect(try catalog.table("odd schema", "straße").column("select")?.type == "\"Billing\".\"Currency\"[]")
        let byUser = try #require(lines.indexes["Invoice Lines by user"])
        #expect(byUser.keys == [IndexKey(expression: "user"), IndexKey(expression: "Amount", descending: true)])
        #expect(byUser.method == "btree" && byUser.table == QualifiedName("Billing", "Invoice Lines"))
    }

    @Test func foreignKeysAcrossSchemas() throws {
        let catalog = try catalog()
        let lines = try catalog.table("Billing", "Invoice Lines")
        #expect(
            lines.constraints["Invoice Lines_user_fkey"]?.kind
                == .foreignKey(
                    ForeignKey(
                        columns: ["user"], referencedTable: QualifiedName("crm", "user"), referencedColumns: ["order"],
                        onDelete: .restrict)))
        #expect(
            lines.constraints["Invoice Lines_user_fkey"]?.definition
                == "FOREIGN KEY (\"user\") REFERENCES crm.\"user\"(\"order\") ON DELETE RESTRICT")
        let street = try catalog.table("odd schema", "straße")
        guard case .foreignKey(let key) = street.constraints["straße_line_id_fkey"]?.kind else {
            Issue.record("straße_line_id_fkey missing")
            return
        }
        #expect(key.referencedTable == QualifiedName("Billing", "Invoice Lines"))
        #expect(key.referencedColumns == ["LineID"])
    }
}
