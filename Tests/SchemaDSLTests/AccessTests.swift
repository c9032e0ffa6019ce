import SchemaDSL
import Testing

import struct Catalog.PrivilegeGrant
import struct Catalog.Privileges

/// Grants, revokes, owners and default privileges declared in the DSL.
@Suite struct AccessTests {
    @Test func grantsRevokesAndOwnersReachTheCatalog() throws {
        let desired = try DesiredSchema {
            Role("app_user")
            Role("reporting")
            Role("a\"b")
            Schema("app").grant(.usage, to: "app_user")
            Table("orders", schema: "app") {
                Column("id", .integer).primaryKey()
                Column("total", .numeric)
            }
            .grant(.select, .insert, to: "app_user")
            .grant(.select, columns: ["id", "total"], to: "reporting", withGrantOption: true)
            .owner("a\"b")
            Function("f", schema: "app", returns: .type(.integer), body: "SELECT 1")
                .revokeExecuteFromPublic()
                .grant(.execute, to: "app_user")
            DefaultPrivileges(for: "a\"b", in: "app", on: .tables).grant(.select, to: "public")
        }
        let catalog = desired.catalog
        let orders = try #require(catalog.tables["app.orders"])
        #expect(orders.owner == "a\"b")
        #expect(
            orders.privileges == Privileges(granted: [
                PrivilegeGrant(grantee: "app_user", privilege: .select),
                PrivilegeGrant(grantee: "app_user", privilege: .insert),
                PrivilegeGrant(grantee: "reporting", privilege: .select, withGrantOption: true, column: "id"),
                PrivilegeGrant(grantee: "reporting", privilege: .select, withGrantOption: true, column: "total"),
            ]))
        #expect(catalog.schemas["app"]?.privileges.granted == [PrivilegeGrant(grantee: "app_user", privilege: .usage)])
        let function = try #require(catalog.functions["app.f()"])
        #expect(function.privileges.revoked == [PrivilegeGrant(grantee: "PUBLIC", privilege: .execute)])
        #expect(catalog.defaultPrivileges.count == 1)
        #expect(
            catalog.defaultPrivileges.values.first?.privileges.granted == [
                PrivilegeGrant(grantee: "PUBLIC", privilege: .select)
            ])
        #expect(catalog.referencedRoles == ["app_user", "reporting", "a\"b"])
    }

    @Test func badGrantsAreReported() {
        var found: [String] = []
        do {
            _ = try DesiredSchema {
                Role("app_user")
                Table("t") { Column("id", .integer) }
                    .grant(.execute, to: "app_user")
                    .grant(.select, columns: ["nope"], to: "app_user")
                    .grant(.delete, columns: ["id"], to: "app_user")
                    .grant(.select, to: "ghost")
                    .revoke(.select, from: "PUBLIC")
                Enum("mood", labels: "a").grant(.usage, columns: ["x"], to: "app_user")
                DefaultPrivileges(for: "app_user", in: "public", on: .schemas).grant(.usage, to: "app_user")
            }
        } catch {
            found = error.problems.map(\.message)
        }
        #expect(found.contains { $0.contains("cannot be granted EXECUTE") })
        #expect(found.contains { $0.contains("unknown column \"nope\"") })
        #expect(found.contains { $0.contains("cannot grant DELETE on a column") })
        #expect(found.contains { $0.contains("names role \"ghost\", which is not declared") })
        #expect(found.contains { $0.contains("revokes SELECT from PUBLIC, which Postgres does not grant by default") })
        #expect(found.contains { $0.contains("has no columns to grant on") })
        #expect(found.contains { $0.contains("IN SCHEMA does not apply to SCHEMAS") })
        #expect(found.count == 7)
    }
}
