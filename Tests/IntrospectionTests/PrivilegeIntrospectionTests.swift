import Catalog
import Testing

/// `Fixtures/introspection/privileges.sql`: grants and revokes relative to the default ACL, owners, default
/// privileges.
@Suite struct PrivilegeIntrospectionTests {
    static let loaded = loadedCatalog("privileges")
    func catalog() throws -> Catalog { try Self.loaded.get() }

    @Test func tableAndColumnGrantsWithGrantOption() throws {
        let items = try #require(try catalog().tables["priv.items"])
        #expect(
            items.privileges.granted == [
                PrivilegeGrant(grantee: "intro_reader", privilege: .select, withGrantOption: true),
                PrivilegeGrant(grantee: "intro_a\"b", privilege: .select, column: "id"),
                PrivilegeGrant(grantee: "intro_a\"b", privilege: .select, column: "name"),
                PrivilegeGrant(grantee: "intro_a\"b", privilege: .update, column: "name"),
            ])
        #expect(items.privileges.revoked.isEmpty)
        #expect(items.owner == "postgres")
    }

    @Test func aNullACLAndAnExplicitDefaultACLAreEqualWhateverTheOwner() throws {
        let plain = try #require(try catalog().tables["priv.plain"])
        let explicit = try #require(try catalog().tables["priv.explicit_default"])
        #expect(plain.privileges == Privileges() && explicit.privileges == Privileges())
        #expect(explicit.owner == "intro_owner")
    }

    @Test func publicGrantsAndRevokesFromTheDefault() throws {
        let catalog = try catalog()
        #expect(
            catalog.views["priv.names"]?.privileges.granted == [PrivilegeGrant(grantee: "PUBLIC", privilege: .select)])
        let hidden = try #require(catalog.functions["priv.hidden()"])
        #expect(hidden.privileges.revoked == [PrivilegeGrant(grantee: "PUBLIC", privilege: .execute)])
        #expect(hidden.privileges.granted == [PrivilegeGrant(grantee: "intro_reader", privilege: .execute)])
        #expect(catalog.functions["priv.open()"]?.privileges == Privileges())
        #expect(catalog.enums["priv.mood"]?.privileges.revoked == [PrivilegeGrant(grantee: "PUBLIC", privilege: .usage)])
        let positive = try #require(catalog.domains["priv.positive"])
        #expect(positive.privileges.granted == [PrivilegeGrant(grantee: "intro_reader", privilege: .usage)])
        #expect(positive.owner == "intro_owner")
        #expect(
            catalog.sequences["priv.counter"]?.privileges.granted == [
                PrivilegeGrant(grantee: "intro_reader", privilege: .usage)
            ])
        #expect(
            catalog.schemas["priv"]?.privileges.granted == [PrivilegeGrant(grantee: "intro_reader", privilege: .usage)])
    }

    @Test func defaultPrivilegesGlobalAndPerSchema() throws {
        let entries = try catalog().defaultPrivileges
        let functions = try #require(entries[DefaultPrivileges.key(role: "intro_owner", schema: nil, objectType: .functions)])
        #expect(functions.privileges == Privileges(revoked: [PrivilegeGrant(grantee: "PUBLIC", privilege: .execute)]))
        let tables = try #require(entries[DefaultPrivileges.key(role: "intro_owner", schema: "priv", objectType: .tables)])
        #expect(tables.privileges == Privileges(granted: [PrivilegeGrant(grantee: "intro_reader", privilege: .select)]))
        #expect(entries.count == 2)
    }
}
