import Catalog
import Testing

@testable import Diff

/// Extensions moving schema or version, event triggers and publications.
@Suite struct DatabaseObjectDiffTests {
    private let orders = QualifiedName("app", "orders")

    private func catalog(
        tables: [Table] = [], functions: [Function] = [], extensions: [Extension] = [],
        eventTriggers: [EventTrigger] = [], publications: [Publication] = [], schemas: [String] = ["app"]
    ) -> Catalog {
        var catalog = Catalog()
        for schema in schemas { catalog.add(Schema(name: schema)) }
        for table in tables { catalog.add(table) }
        for function in functions { catalog.add(function) }
        for value in extensions { catalog.add(value) }
        for value in eventTriggers { catalog.add(value) }
        for value in publications { catalog.add(value) }
        return catalog
    }

    private func ordersTable(_ columns: [String] = ["id", "total"]) -> Table {
        Table(name: orders, columns: columns.map { Column(name: $0, type: "integer", isNotNull: true) })
    }

    private func eventFunction(_ body: String = "BEGIN END", returnType: String = "event_trigger") -> Function {
        Function(name: QualifiedName("app", "log_ddl"), returnType: returnType, language: "plpgsql", body: body)
    }

    // MARK: - Extensions

    @Test func aRelocatableExtensionMovesWithSetSchemaAndUpdatesItsVersion() {
        let from = catalog(extensions: [Extension(name: "pg_trgm", schema: "public", version: "1.5", isRelocatable: true)])
        let to = catalog(extensions: [Extension(name: "pg_trgm", schema: "app", version: "1.6")])
        let changes = diff(from: from, to: to)
        #expect(
            changes.map(\.sql) == [
                #"ALTER EXTENSION "pg_trgm" SET SCHEMA "app""#, #"ALTER EXTENSION "pg_trgm" UPDATE TO '1.6'"#,
            ])
        #expect(changes.allSatisfy { !$0.isDestructive })
    }

    @Test func anExtensionThatCannotBeRelocatedIsDroppedAndCreatedAsADestructiveChangeSayingWhy() throws {
        let from = catalog(extensions: [Extension(name: "xml2", schema: "public", isRelocatable: false)])
        let to = catalog(extensions: [Extension(name: "xml2", schema: "app")])
        let changes = diff(from: from, to: to)
        #expect(changes.map(\.sql) == [#"DROP EXTENSION "xml2""#, #"CREATE EXTENSION IF NOT EXISTS "xml2" WITH SCHEMA "app""#])
        let drop = try #require(changes.first)
        #expect(drop.isDestructive)
        #expect(drop.summary.contains("not relocatable") && drop.summary.contains("from schema public to app"))
    }

    // MARK: - Event triggers

    @Test func anEventTriggerIsCreatedAfterItsFunctionThenCommentedAndDisabled() {
        let trigger = EventTrigger(
            name: "log ddl", event: .ddlCommandEnd, tags: ["CREATE TABLE", "it's"], function: eventFunction().name,
            enabled: .disabled, comment: "logs")
        let changes = diff(from: catalog(), to: catalog(functions: [eventFunction()], eventTriggers: [trigger]))
        #expect(changes.map(\.kind) == ["create_function", "create_event_trigger", "set_comment", "set_event_trigger_enabled"])
        #expect(
            changes[1].sql
                == #"CREATE EVENT TRIGGER "log ddl" ON ddl_command_end WHEN TAG IN ('CREATE TABLE', 'it''s') EXECUTE FUNCTION "app"."log_ddl"()"#)
        #expect(changes[2].sql == #"COMMENT ON EVENT TRIGGER "log ddl" IS 'logs'"#)
        #expect(changes[3].sql == #"ALTER EVENT TRIGGER "log ddl" DISABLE"#)
    }

    @Test func anEventTriggerIsDroppedBeforeItsFunction() {
        let trigger = EventTrigger(name: "t", event: .sqlDrop, function: eventFunction().name)
        let changes = diff(from: catalog(functions: [eventFunction()], eventTriggers: [trigger]), to: catalog())
        #expect(changes.map(\.kind) == ["drop_event_trigger", "drop_function"])
    }

    @Test func onlyTheEnabledStateChangesInPlace() {
        let old = EventTrigger(name: "t", event: .ddlCommandStart, function: eventFunction().name)
        var enabled = old
        enabled.enabled = .always
        var retagged = old
        retagged.tags = ["DROP TABLE"]
        let functions = [eventFunction()]
        #expect(
            diff(from: catalog(functions: functions, eventTriggers: [old]), to: catalog(functions: functions, eventTriggers: [enabled]))
                .map(\.sql) == [#"ALTER EVENT TRIGGER "t" ENABLE ALWAYS"#])
        #expect(
            diff(from: catalog(functions: functions, eventTriggers: [old]), to: catalog(functions: functions, eventTriggers: [retagged]))
                .map(\.kind) == ["drop_event_trigger", "create_event_trigger"])
    }

    @Test func anEventTriggerFollowsItsFunctionWhenTheFunctionIsRecreated() {
        let trigger = EventTrigger(name: "t", event: .ddlCommandStart, function: eventFunction().name)
        let from = catalog(functions: [eventFunction(returnType: "trigger")], eventTriggers: [trigger])
        let to = catalog(functions: [eventFunction()], eventTriggers: [trigger])
        #expect(
            diff(from: from, to: to).map(\.kind) == [
                "drop_event_trigger", "drop_function", "create_function", "create_event_trigger",
            ])
    }

    // MARK: - Publications

    @Test func aPublicationIsCreatedAfterTheTablesItNames() {
        let publication = Publication(
            name: "orders \"pub\"", members: [Publication.Member(table: orders, columns: ["id"], rowFilter: "(id > 0)")],
            schemas: ["app"], operations: [.insert, .update], viaPartitionRoot: true)
        let changes = diff(from: catalog(schemas: []), to: catalog(tables: [ordersTable()], publications: [publication]))
        #expect(changes.map(\.kind) == ["create_schema", "create_table", "create_publication"])
        #expect(
            changes.last?.sql
                == #"CREATE PUBLICATION "orders ""pub""" FOR TABLE "app"."orders" ("id") WHERE ((id > 0)), TABLES IN SCHEMA "app" WITH (publish = 'insert, update', publish_via_partition_root = true)"#)
    }

    @Test func aChangedTableEntryIsDroppedAndAddedAgainAndOptionsAreSet() {
        let old = Publication(name: "p", members: [Publication.Member(table: orders)])
        let new = Publication(
            name: "p", members: [Publication.Member(table: orders, columns: ["id"])], schemas: ["app"],
            operations: [.insert])
        let changes = diff(
            from: catalog(tables: [ordersTable()], publications: [old]),
            to: catalog(tables: [ordersTable()], publications: [new]))
        #expect(
            changes.map(\.sql) == [
                #"ALTER PUBLICATION "p" DROP TABLE "app"."orders""#,
                #"ALTER PUBLICATION "p" ADD TABLE "app"."orders" ("id")"#,
                #"ALTER PUBLICATION "p" ADD TABLES IN SCHEMA "app""#,
                #"ALTER PUBLICATION "p" SET (publish = 'insert', publish_via_partition_root = false)"#,
            ])
    }

    @Test func aTableIsTakenOutOfItsPublicationBeforeItsPublishedColumnIsDropped() {
        let old = Publication(name: "p", members: [Publication.Member(table: orders, columns: ["id", "total"])])
        let new = Publication(name: "p", members: [Publication.Member(table: orders, columns: ["id"])])
        let changes = diff(
            from: catalog(tables: [ordersTable()], publications: [old]),
            to: catalog(tables: [ordersTable(["id"])], publications: [new]))
        #expect(changes.map(\.kind) == ["drop_publication_table", "drop_column", "add_publication_table"])
    }

    @Test func aRecreatedTableIsTakenOutOfItsPublicationBeforeTheDropAndAddedBackAfterTheCreate() {
        let publication = Publication(name: "p", members: [Publication.Member(table: orders)])
        var partitioned = ordersTable()
        partitioned.partitionKey = "RANGE (id)"
        let changes = diff(
            from: catalog(tables: [ordersTable()], publications: [publication]),
            to: catalog(tables: [partitioned], publications: [publication]))
        #expect(
            changes.map(\.kind) == ["drop_publication_table", "drop_table", "create_table", "add_publication_table"])
    }

    @Test func switchingToAllTablesRecreatesThePublication() {
        let old = Publication(name: "p", members: [Publication.Member(table: orders)])
        let new = Publication(name: "p", allTables: true)
        let changes = diff(
            from: catalog(tables: [ordersTable()], publications: [old]),
            to: catalog(tables: [ordersTable()], publications: [new]))
        #expect(changes.map(\.sql) == [#"DROP PUBLICATION "p""#, #"CREATE PUBLICATION "p" FOR ALL TABLES WITH (publish = 'insert, update, delete, truncate', publish_via_partition_root = false)"#])
    }
}
