import DBTestSupport
import Postgres

/// Creates login roles on the shared test cluster unless they exist (roles are cluster-wide; tests run in parallel).
func ensureRoles(_ roles: [String]) throws {
    let admin = try Connection(TestCluster.shared().connectionString())
    for role in roles {
        _ = try admin.execute(
            """
            DO $$ BEGIN CREATE ROLE \(role) LOGIN;
            EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$
            """)
    }
}
