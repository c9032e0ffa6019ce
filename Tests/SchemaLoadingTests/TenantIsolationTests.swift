import AppSchema
import DBTestSupport
import Postgres
import SchemaLoading
import Testing

/// The example schema's row-level security, exercised as the application role and as a non-superuser table owner
/// (superusers bypass RLS, so they only seed the data).
@Suite struct TenantIsolationTests {
    static let orgA = "00000000-0000-0000-0000-00000000000a"
    static let orgB = "00000000-0000-0000-0000-00000000000b"
    static let postA = "00000000-0000-0000-0000-0000000000a1"
    static let postB = "00000000-0000-0000-0000-0000000000b1"

    @Test func applicationRoleAndOwnerSeeOnlyTheCurrentOrganization() throws {
        try TestCluster.ensureLoginRoles(["app_user", "app_owner"])
        let target = try TestCluster.newDatabase("dsl_tenancy")
        let admin = try Connection(target)
        try SchemaSource(AppSchema.self).apply(to: admin)
        _ = try admin.execute(
            """
            GRANT USAGE ON SCHEMA app TO app_user, app_owner;
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA app TO app_user;
            DO $$ DECLARE t record; BEGIN
                FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'app' LOOP
                    EXECUTE format('ALTER TABLE app.%I OWNER TO app_owner', t.tablename);
                END LOOP;
            END $$;
            INSERT INTO app.organizations (id, name, slug) VALUES
                ('\(Self.orgA)', 'A', 'a'), ('\(Self.orgB)', 'B', 'b');
            INSERT INTO app.users (id, email, display_name) VALUES
                ('00000000-0000-0000-0000-0000000000ee', 'e@example.com', 'E');
            INSERT INTO app.posts (id, organization_id, author_id, title, slug, status) VALUES
                ('\(Self.postA)', '\(Self.orgA)', '00000000-0000-0000-0000-0000000000ee', 'A post', 'a-post', 'published'),
                ('\(Self.postB)', '\(Self.orgB)', '00000000-0000-0000-0000-0000000000ee', 'B post', 'b-post', 'published');
            """)

        let app = try Connection(target.with(["user": "app_user"]))
        #expect(try app.query("SELECT id FROM app.posts").rows.isEmpty, "no tenant set: nothing is visible")
        try app.setConfig("app.org_id", Self.orgA)
        #expect(try app.query("SELECT id::text FROM app.posts").rows.map { $0.string("id") } == [Self.postA])
        #expect(try app.query("SELECT slug FROM app.organizations").rows.map { $0.string("slug") } == ["a"])
        #expect(try app.query("UPDATE app.posts SET title = 'taken' WHERE id = $1", [Self.postB]).affectedRows == 0)
        #expect(try app.query("UPDATE app.posts SET title = 'edited' WHERE id = $1", [Self.postA]).affectedRows == 1)
        #expect(try app.query("DELETE FROM app.posts WHERE id = $1", [Self.postB]).affectedRows == 0)
        #expect(try app.query("SELECT * FROM app.post_counts_by_status($1)", [Self.orgB]).rows.isEmpty)
        #expect {
            try app.query(
                """
                INSERT INTO app.posts (organization_id, author_id, title, slug)
                VALUES ($1, '00000000-0000-0000-0000-0000000000ee', 'sneaky', 'sneaky')
                """, [Self.orgB])
        } throws: { ($0 as? PostgresError)?.sqlState == "42501" }
        let untouched = try admin.query("SELECT title FROM app.posts WHERE id = $1", [Self.postB])
        #expect(untouched.rows.map { $0.string("title") } == ["B post"])

        // FORCE makes the (non-superuser) owner subject to the policies, none of which grants it rows.
        let owner = try Connection(target.with(["user": "app_owner"]))
        try owner.setConfig("app.org_id", Self.orgA)
        #expect(try owner.query("SELECT id FROM app.posts").rows.isEmpty)
        #expect(try owner.query("UPDATE app.posts SET title = 'owner' WHERE id = $1", [Self.postB]).affectedRows == 0)
        _ = try admin.execute("ALTER TABLE app.posts NO FORCE ROW LEVEL SECURITY")
        #expect(try owner.query("SELECT id FROM app.posts").rows.count == 2, "without FORCE the owner bypasses RLS")
    }
}
