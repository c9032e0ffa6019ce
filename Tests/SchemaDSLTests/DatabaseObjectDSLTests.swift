import SchemaDSL
import Testing

import struct Catalog.QualifiedName

/// Event triggers and publications declared in the DSL.
@Suite struct DatabaseObjectDSLTests {
    static let logDDL = Function(
        "log_ddl", schema: "app", returns: .eventTrigger, language: .plpgsql, body: "BEGIN END")
    static let orders = TableReference("orders", schema: "app")

    @Test func eventTriggersBuildWithTagsStateAndComment() throws {
        let desired = try DesiredSchema {
            Schema("app")
            Self.logDDL
            EventTrigger("log ddl", on: .ddlCommandEnd, execute: Self.logDDL).tags("create table", "ALTER TABLE")
                .enabled(.disabled).comment("logs")
        }
        let trigger = try #require(desired.catalog.eventTriggers["log ddl"])
        #expect(trigger.event == .ddlCommandEnd && trigger.tags == ["CREATE TABLE", "ALTER TABLE"])
        #expect(trigger.function == QualifiedName("app", "log_ddl"))
        #expect(trigger.enabled == .disabled && trigger.comment == "logs")
    }

    @Test func publicationsBuildWithTablesSchemasAndOptions() throws {
        let desired = try DesiredSchema {
            Schema("app")
            Table(Self.orders) {
                Column("id", .integer).primaryKey()
                Column("total", .integer)
            }
            Publication("orders_pub").table(Self.orders, columns: "id", "total", where: "total > 0")
                .tables(inSchema: "app").publish(.insert, .update).viaPartitionRoot().comment("out")
            Publication.allTables("everything")
        }
        let publication = try #require(desired.catalog.publications["orders_pub"])
        #expect(!publication.allTables && publication.schemas == ["app"])
        #expect(publication.members.map(\.table) == [Self.orders.name])
        #expect(publication.members.first?.columns == ["id", "total"])
        #expect(publication.members.first?.rowFilter == "total > 0")
        #expect(publication.operations == [.insert, .update] && publication.viaPartitionRoot)
        #expect(publication.comment == "out")
        let everything = try #require(desired.catalog.publications["everything"])
        #expect(everything.allTables && everything.members.isEmpty && everything.operations.count == 4)
    }

    @Test func validationReportsUnknownTablesColumnsSchemasAndFunctions() {
        let wrongFunction = Function("f", returns: .trigger, language: .plpgsql, body: "BEGIN RETURN NEW; END")
        var found: [SchemaProblem] = []
        do {
            _ = try DesiredSchema {
                Table("t") { Column("id", .integer) }
                wrongFunction
                EventTrigger("e", on: .sqlDrop, execute: wrongFunction)
                Publication("p").table(TableReference("missing")).table(TableReference("t"), columns: "nope")
                    .tables(inSchema: "undeclared")
                Publication.allTables("all").table(TableReference("t"))
                Publication("p")
            }
        } catch {
            found = error.problems
        }
        let messages = found.map { "\($0.object): \($0.message)" }
        #expect(messages.contains { $0.hasPrefix("event trigger e: executes public.f()") })
        #expect(messages.contains("publication p: publishes unknown table public.missing"))
        #expect(messages.contains("publication p: publishes unknown column \"nope\" of public.t"))
        #expect(messages.contains { $0.hasPrefix("publication p: schema \"undeclared\" is not declared") })
        #expect(messages.contains("publication all: is FOR ALL TABLES and cannot also list tables or schemas"))
        #expect(messages.contains { $0.hasPrefix("publication p: duplicate publication name") })
    }
}
