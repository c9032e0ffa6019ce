import SchemaDSL
import Testing

import struct Catalog.QualifiedName

/// Table options, inheritance, materialized `WITH NO DATA` and view triggers declared in the DSL.
@Suite struct TableOptionsDSLTests {
    @Test func tableOptionsReachTheCatalog() throws {
        let desired = try DesiredSchema {
            Table("docs") {
                Column("id", .integer).statistics(500)
                Column("body", .text).storage(.external)
                Unique("id", name: "docs_id_key")
            }
            .storageParameters("fillfactor=70", "autovacuum_enabled=false")
            .replicaIdentity(.index("docs_id_key"))
        }
        let table = try #require(desired.catalog.tables["public.docs"])
        #expect(table.storageParameters == ["autovacuum_enabled=false", "fillfactor=70"])
        #expect(table.replicaIdentity == .index("docs_id_key"))
        #expect(table.column("body")?.storage == "external")
        #expect(table.column("id")?.statisticsTarget == 500)
        #expect(table.column("id")?.storage == nil)
    }

    @Test func aChildNamesItsParentsInOrderAndMayUseTheirColumns() throws {
        let base = TableReference("base")
        let audited = TableReference("audited")
        let desired = try DesiredSchema {
            Table(base) { Column("id", .integer).notNull() }
            Table(audited) { Column("changed_by", .text) }
            Table("child") {
                Column("extra", .integer)
                Index("child_id_idx", on: "id")
            }
            .inherits(base, audited)
        }
        let child = try #require(desired.catalog.tables["public.child"])
        #expect(child.inheritsFrom == [QualifiedName("public", "base"), QualifiedName("public", "audited")])
        #expect(child.columns.map(\.name) == ["extra"])
    }

    @Test func anUnknownParentIsReported() {
        do {
            _ = try DesiredSchema { Table("child") { Column("id", .integer) }.inherits(TableReference("missing")) }
            Issue.record("expected a validation error")
        } catch {
            #expect(error.problems.contains { $0.message == "inherits from unknown table public.missing" })
        }
    }

    @Test func aReplicaIdentityIndexMustBeDeclared() {
        do {
            _ = try DesiredSchema {
                Table("t") { Column("id", .integer).notNull().unique() }.replicaIdentity(.index("t_code_key"))
            }
            Issue.record("expected a validation error")
        } catch {
            #expect(error.problems.map(\.message) == [
                "uses unknown index \"t_code_key\" as its replica identity; declare a unique index of the table"
            ])
        }
        #expect(
            (try? DesiredSchema {
                Table("t") { Column("id", .integer).notNull().unique() }.replicaIdentity(.index("t_id_key"))
            }) != nil)
    }

    @Test func materializedViewsWithNoDataAndViewTriggers() throws {
        let desired = try DesiredSchema {
            Function("write_through", returns: .trigger, language: .plpgsql, body: "BEGIN RETURN NEW; END")
            View.materialized("totals", as: "SELECT 1 AS n").withNoData().options("fillfactor=80")
            View("v", as: "SELECT 1 AS n")
                .trigger(Trigger("v_insert", .insteadOf, .insert, executeFunction: "write_through"))
        }
        #expect(desired.catalog.views["public.totals"]?.isPopulated == false)
        #expect(desired.catalog.views["public.totals"]?.options == ["fillfactor=80"])
        let trigger = try #require(desired.catalog.views["public.v"]?.triggers["v_insert"])
        #expect(trigger.timing == .insteadOf)
        #expect(trigger.table == QualifiedName("public", "v"))
    }
}
