import Catalog
import DBTestSupport
import Diff
import Postgres
import SchemaLoading
import Testing
import Workflow

/// Roles are cluster objects: applying a plan that names a missing role fails before anything is applied.
@Suite struct MissingRoleTests {
    @Test func aPlanNamingMissingRolesIsRefusedBeforeAnythingRuns() throws {
        let connection = try Connection(try TestCluster.newDatabase("missing_roles"))
        let table = QualifiedName("public", "t")
        let changes: [Change] = [
            .createTable(Table(name: table, columns: [Column(name: "id", type: "integer")])),
            .grant(.table(table), PrivilegeStatement(privileges: [.select], grantee: "ghost \"reader\"")),
            .grant(.table(table), PrivilegeStatement(privileges: [.select], grantee: PrivilegeGrant.everyone)),
            .setOwner(.table(table), role: "ghost_owner"),
            .grant(.table(table), PrivilegeStatement(privileges: [.insert], grantee: "postgres")),
        ]
        #expect {
            try ChangeApplier.apply(all: changes, to: connection)
        } throws: { error in
            guard case .missingRoles(let roles) = error as? SchemaLoadError else { return false }
            return roles == ["ghost \"reader\"", "ghost_owner"]
                && "\(error)".contains(#"CREATE ROLE "ghost ""reader"""#)
        }
        #expect(try connection.query("SELECT 1 FROM pg_class WHERE relname = 't'").rows.isEmpty)
    }
}
