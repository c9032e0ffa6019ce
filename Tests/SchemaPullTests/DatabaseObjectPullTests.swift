import Catalog
import Testing

@testable import SchemaPull

/// Event triggers and publications, which belong to no schema, land in a schema file by rule.
@Suite struct DatabaseObjectPullTests {
    @Test func eventTriggersGoWithTheirFunctionAndPublicationsWithTheFirstSchemaTheyName() {
        var catalog = Catalog(schemas: ["app": Schema(name: "app"), "audit": Schema(name: "audit")])
        catalog.add(
            EventTrigger(
                name: "log", event: .sqlDrop, tags: ["DROP TABLE"], function: QualifiedName("audit", "note"),
                enabled: .replica))
        catalog.add(Publication(name: "by_schema", schemas: ["app"], operations: [.insert]))
        catalog.add(Publication(name: "everything", allTables: true, viaPartitionRoot: true))
        let pulled = renderSwiftSchema(catalog, typeName: "App")
        #expect(pulled.files.map(\.name) == ["App.swift", "App+AppSchema.swift", "App+AuditSchema.swift", "App+PublicSchema.swift"])
        #expect(pulled.files[1].text.contains(#"Publication("by_schema").tables(inSchema: "app").publish(.insert)"#))
        #expect(
            pulled.files[2].text.contains(
                """
                            EventTrigger("log", on: .sqlDrop, executeFunction: "note", schema: "audit")
                            .tags("DROP TABLE")
                            .enabled(.replica)
                """))
        #expect(pulled.files[3].text.contains(#"Publication.allTables("everything").viaPartitionRoot()"#))
        #expect(pulled.limitations.isEmpty)
    }
}
