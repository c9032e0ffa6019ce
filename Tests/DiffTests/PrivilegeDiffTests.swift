import Catalog
import Testing

@testable import Diff

private let items = QualifiedName("app", "items")

private func table(_ privileges: Privileges = Privileges(), owner: String? = nil) -> Catalog {
    var catalog = Catalog(schemas: ["app": Schema(name: "app")])
    catalog.add(
        Table(name: items, columns: [Column(name: "id", type: "integer"), Column(name: "name", type: "text")],
              owner: owner, privileges: privileges))
    return catalog
}

private func grant(_ grantee: String, _ privilege: Privilege, option: Bool = false, column: String? = nil)
    -> PrivilegeGrant
{
    PrivilegeGrant(grantee: grantee, privilege: privilege, withGrantOption: option, column: column)
}

@Suite struct PrivilegeDiffTests {
    @Test func grantsAreGroupedPerGranteeAndQuoted() {
        let changes = diff(
            from: table(),
            to: table(Privileges(granted: [grant("app", .select), grant("app", .insert), grant("a\"b", .select)])))
        #expect(
            changes.map(\.sql) == [
                #"GRANT SELECT ON TABLE "app"."items" TO "a""b""#,
                #"GRANT SELECT, INSERT ON TABLE "app"."items" TO "app""#,
            ])
    }

    @Test func columnGrantsAndPublicKeyword() {
        let changes = diff(
            from: table(),
            to: table(
                Privileges(granted: [
                    grant("PUBLIC", .select), grant("r", .select, column: "id"), grant("r", .select, column: "name"),
                ])))
        #expect(
            changes.map(\.sql) == [
                #"GRANT SELECT ON TABLE "app"."items" TO PUBLIC"#,
                #"GRANT SELECT ("id", "name") ON TABLE "app"."items" TO "r""#,
            ])
    }

    @Test func grantOptionIsAddedAndTakenBackAlone() {
        let from = table(Privileges(granted: [grant("a", .select, option: true), grant("b", .select)]))
        let to = table(Privileges(granted: [grant("a", .select), grant("b", .select, option: true)]))
        #expect(
            diff(from: from, to: to).map(\.sql) == [
                #"REVOKE GRANT OPTION FOR SELECT ON TABLE "app"."items" FROM "a""#,
                #"GRANT SELECT ON TABLE "app"."items" TO "b" WITH GRANT OPTION"#,
            ])
    }

    @Test func revokingADefaultPrivilegeAndRestoringIt() {
        var from = Catalog()
        let function = Function(name: QualifiedName("public", "f"), returnType: "integer", language: "sql", body: "SELECT 1")
        from.add(function)
        var to = Catalog()
        var revoked = function
        revoked.privileges = Privileges(revoked: [grant("PUBLIC", .execute)])
        to.add(revoked)
        #expect(diff(from: from, to: to).map(\.sql) == [#"REVOKE EXECUTE ON FUNCTION "public"."f"() FROM PUBLIC"#])
        #expect(diff(from: to, to: from).map(\.sql) == [#"GRANT EXECUTE ON FUNCTION "public"."f"() TO PUBLIC"#])
    }

    @Test func ownersAreIgnoredUnlessAskedFor() {
        let from = table(owner: "alice")
        let to = table(owner: "bob")
        #expect(diff(from: from, to: to).isEmpty)
        #expect(
            diff(from: from, to: to, options: DiffOptions(includeOwners: true)).map(\.sql) == [
                #"ALTER TABLE "app"."items" OWNER TO "bob""#
            ])
        #expect(diff(from: from, to: table(), options: DiffOptions(includeOwners: true)).isEmpty)
    }

    @Test func grantsComeAfterTheObjectIsCreated() {
        let changes = diff(from: Catalog(), to: table(Privileges(granted: [grant("r", .select, column: "name")])))
        let create = changes.firstIndex { $0.kind == "create_table" }
        let grant = changes.firstIndex { $0.kind == "grant" }
        #expect(create != nil && grant != nil && create! < grant!)
    }

    @Test func columnGrantsOnADroppedColumnAreNotRevoked() {
        var to = table()
        to.tables[items.key]!.columns.removeLast()
        let changes = diff(from: table(Privileges(granted: [grant("r", .select, column: "name")])), to: to)
        #expect(changes.map(\.kind) == ["drop_column"])
    }

    @Test func defaultPrivilegesAreAlteredLast() {
        var to = table(Privileges(granted: [grant("r", .select)]))
        to.add(
            DefaultPrivileges(
                role: "owner", schema: "app", objectType: .tables,
                privileges: Privileges(granted: [grant("r", .select, option: true)])))
        let changes = diff(from: Catalog(), to: to)
        #expect(
            changes.last?.sql
                == #"ALTER DEFAULT PRIVILEGES FOR ROLE "owner" IN SCHEMA "app" GRANT SELECT ON TABLES TO "r" WITH GRANT OPTION"#)
    }

    @Test func changesNameTheirRoles() {
        let change = Change.alterDefaultPrivileges(
            role: "owner", schema: nil, .functions, isGrant: false,
            PrivilegeStatement(privileges: [.execute], grantee: PrivilegeGrant.everyone))
        #expect(change.referencedRoles == ["owner"])
        #expect(change.sql == #"ALTER DEFAULT PRIVILEGES FOR ROLE "owner" REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC"#)
    }
}
