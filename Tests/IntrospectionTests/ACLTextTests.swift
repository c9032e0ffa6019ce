import Catalog
import DBTestSupport
import Postgres
import SQLSyntax
import Testing

@testable import Introspection

/// `ACLText` reads an `aclitem[]` as Postgres prints it; checked against the server's own `aclexplode` of the same
/// ACLs, with role names that need quoting.
@Suite struct ACLTextTests {
    static let roles = ["acl plain", "acl \"quoted\"", "acl,comma=eq/slash", "acl_ünï", "ACL{brace}*"]

    @Test func entriesMatchAclexplodeForOddRoleNames() throws {
        let connection = try Connection(try TestCluster.newDatabase("acl_text"))
        for role in Self.roles {
            try connection.execute(
                """
                DO $$ BEGIN CREATE ROLE \(quoteIdentifier(role)); \
                EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$
                """)
        }
        try connection.execute("CREATE TABLE t (id int); CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'")
        let quoted = Self.roles.map(quoteIdentifier)
        try connection.execute(
            """
            GRANT SELECT, INSERT ON t TO \(quoted[0]), \(quoted[1]) WITH GRANT OPTION;
            GRANT UPDATE, TRUNCATE, REFERENCES, TRIGGER, DELETE ON t TO \(quoted[2]), \(quoted[3]);
            GRANT SELECT ON t TO \(quoted[4]), PUBLIC;
            REVOKE EXECUTE ON FUNCTION f() FROM PUBLIC;
            GRANT EXECUTE ON FUNCTION f() TO \(quoted[2]) WITH GRANT OPTION;
            """)
        let rows = try connection.query(
            """
            SELECT acl::text AS acl, ARRAY(SELECT e.privilege_type || ',' || e.is_grantable::text || ',' ||
                   CASE WHEN e.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(e.grantee) END
                   FROM aclexplode(acl) e) AS exploded
            FROM (SELECT relacl AS acl FROM pg_class WHERE relname = 't'
                  UNION ALL SELECT proacl FROM pg_proc WHERE proname = 'f') acls
            """
        ).rows
        #expect(rows.count == 2)
        for row in rows {
            let parsed = ACLText.entries(row.string("acl")).map {
                "\($0.privilege.rawValue),\($0.withGrantOption),\($0.grantee)"
            }
            #expect(parsed.sorted() == row.stringArray("exploded").sorted(), "\(row.string("acl"))")
        }
    }

    @Test func privilegesAreTheDifferenceFromTheDefault() {
        let privileges = ACLText.privileges(
            acl: #"{"a b"=r*/o,o=X/o}"#, defaultACL: "{=X/o,o=X/o}", column: "c")
        #expect(privileges.granted == [PrivilegeGrant(grantee: "a b", privilege: .select, withGrantOption: true, column: "c")])
        #expect(privileges.revoked == [PrivilegeGrant(grantee: "PUBLIC", privilege: .execute, column: "c")])
        #expect(ACLText.privileges(acl: nil, defaultACL: "{=X/o}") == Privileges())
    }
}
