import Catalog
import Testing

/// `Fixtures/introspection/event_triggers_and_publications.sql`: database-wide objects read with the schema of their
/// function (event triggers) or of everything they name (publications), and extension relocatability.
@Suite struct DatabaseObjectIntrospectionTests {
    /// The whole database, and only schema `app`.
    static let catalogs = Result {
        let fixture = try Fixture("event_triggers_and_publications")
        return (everything: try fixture.catalog(), appOnly: try fixture.catalog(schemas: ["app"]))
    }
    static var everything: Result<Catalog, any Error> { catalogs.map(\.everything) }
    static var appOnly: Result<Catalog, any Error> { catalogs.map(\.appOnly) }

    @Test func eventTriggersKeepEventTagsFunctionStateAndComment() throws {
        let catalog = try Self.everything.get()
        #expect(
            catalog.eventTriggers["Log DDL"]
                == EventTrigger(
                    name: "Log DDL", event: .ddlCommandEnd, tags: ["CREATE TABLE", "ALTER TABLE"],
                    function: QualifiedName("app", "log_ddl"), enabled: .replica, comment: "table DDL",
                    owner: "postgres"))
        #expect(
            catalog.eventTriggers["rewrites"]
                == EventTrigger(
                    name: "rewrites", event: .tableRewrite, function: QualifiedName("app", "log_ddl"), owner: "postgres"))
        #expect(catalog.eventTriggers["other_note"]?.event == .sqlDrop)
    }

    @Test func eventTriggersAreReadWithTheSchemaOfTheirFunction() throws {
        #expect(try Self.appOnly.get().eventTriggers.keys.sorted() == ["Log DDL", "rewrites"])
        #expect(try Self.everything.get().eventTriggers.keys.sorted() == ["Log DDL", "other_note", "rewrites"])
    }

    @Test func publicationsKeepColumnListsRowFiltersAndOptions() throws {
        let catalog = try Self.everything.get()
        #expect(
            catalog.publications["orders_pub"]
                == Publication(
                    name: "orders_pub",
                    members: [
                        Publication.Member(table: QualifiedName("app", "customers")),
                        Publication.Member(
                            table: QualifiedName("app", "orders"), columns: ["id", "total"],
                            rowFilter: "(total > (0)::numeric)"),
                    ],
                    operations: [.insert, .update], viaPartitionRoot: true, comment: "orders out", owner: "postgres"))
        #expect(
            catalog.publications["app_schema_pub"]
                == Publication(name: "app_schema_pub", schemas: ["app"], operations: [.truncate], owner: "postgres"))
        #expect(
            catalog.publications["everything"] == Publication(name: "everything", allTables: true, owner: "postgres"))
        #expect(catalog.publications["empty_pub"] == Publication(name: "empty_pub", owner: "postgres"))
        #expect(catalog.publications["mixed_pub"]?.members.map(\.table.key) == ["app.customers", "other.audit"])
    }

    @Test func publicationsAreReadWhenEverythingTheyNameIsInTheSelectedSchemas() throws {
        #expect(
            try Self.appOnly.get().publications.keys.sorted()
                == ["app_schema_pub", "empty_pub", "everything", "orders_pub"])
        #expect(try Self.everything.get().publications.count == 6)
        #expect(try Self.everything.get().filtered(toSchemas: ["app"]) == Self.appOnly.get())
    }

    @Test func extensionsSayWhetherTheyCanBeRelocated() throws {
        let catalog = try Self.everything.get()
        #expect(catalog.extensions["xml2"]?.isRelocatable == false)
        #expect(catalog.extensions["pg_trgm"]?.isRelocatable == true)
        #expect(catalog.extensions["pg_trgm"]?.version == "1.5")
    }
}
