import Catalog
import Introspection
import Testing

/// `--schema` filtering, unknown schemas, and independence from the caller's `search_path`.
@Suite struct SchemaFilterTests {
    @Test func onlyTheNamedSchemasAreRead() throws {
        let fixture = try Fixture("names")
        let catalog = try fixture.catalog(schemas: ["crm", "odd schema"])
        #expect(Set(catalog.schemas.keys) == ["crm", "odd schema"])
        #expect(Set(catalog.tables.keys) == ["crm.user", QualifiedName("odd schema", "straße").key])
        #expect(catalog.enums.isEmpty, "Billing is not selected")
        #expect(try catalog.table("odd schema", "straße").column("select")?.type == "\"Billing\".\"Currency\"[]")
    }

    @Test func unknownSchemaIsAnErrorNamingIt() throws {
        let fixture = try Fixture("names")
        #expect(
            throws: IntrospectionError.schemasNotFound(
                ["billing", "nope"], database: fixture.connection.target.database ?? "")
        ) {
            try fixture.catalog(schemas: ["crm", "billing", "nope"])
        }
        #expect(throws: IntrospectionError.self) { try fixture.catalog(schemas: ["pg_catalog"]) }
    }

    @Test func outputDoesNotDependOnTheCallersSearchPath() throws {
        let fixture = try Fixture("tables")
        let plain = try fixture.catalog()
        try fixture.connection.execute("SET search_path = app, public")
        let withPath = try fixture.catalog()
        #expect(withPath == plain)
        #expect(try withPath.table("app", "users").column("status")?.type == "app.status")
        #expect(try fixture.connection.execute("SHOW search_path").rows.first?.string("search_path") == "app, public")
    }
}
