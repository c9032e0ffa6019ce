import Catalog
import DBTestSupport
import Introspection
import Postgres
import Testing

/// The introspector sends a fixed number of statements, whatever the number of objects.
@Suite struct QueryCountTests {
    /// `count` tables, each with a foreign key, check, default, index, trigger, policy, table and column grants, a
    /// view over it (granted too), a publication of it and an event trigger, plus default privileges.
    static func schema(tables count: Int) -> String {
        var sql = """
            DO $$ BEGIN CREATE ROLE load_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
            CREATE SCHEMA load;
            CREATE FUNCTION load.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
            CREATE FUNCTION load.note_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
            REVOKE EXECUTE ON FUNCTION load.touch() FROM PUBLIC;
            ALTER DEFAULT PRIVILEGES IN SCHEMA load GRANT SELECT ON TABLES TO load_reader;

            """
        for number in 1...count {
            let parent = number == 1 ? "" : ", parent_id integer REFERENCES load.t1 (id)"
            sql += """
                CREATE TABLE load.t\(number) (id integer PRIMARY KEY, name text NOT NULL DEFAULT 'n' \
                CHECK (name <> '')\(parent));
                CREATE INDEX t\(number)_name_idx ON load.t\(number) (lower(name));
                CREATE TRIGGER t\(number)_touch BEFORE UPDATE ON load.t\(number) FOR EACH ROW \
                EXECUTE FUNCTION load.touch();
                ALTER TABLE load.t\(number) ENABLE ROW LEVEL SECURITY;
                CREATE POLICY t\(number)_all ON load.t\(number) USING (true);
                CREATE VIEW load.v\(number) AS SELECT id, name FROM load.t\(number);
                COMMENT ON TABLE load.t\(number) IS 'table \(number)';
                CREATE PUBLICATION p\(number) FOR TABLE load.t\(number) (id, name) WHERE (id > 0);
                CREATE EVENT TRIGGER e\(number) ON ddl_command_end WHEN TAG IN ('CREATE TABLE') \
                EXECUTE FUNCTION load.note_ddl();
                GRANT INSERT, UPDATE (name) ON load.t\(number) TO load_reader;
                GRANT SELECT ON load.v\(number) TO PUBLIC;

                """
        }
        return sql
    }

    /// Introspects a fresh database holding `schema(tables:)` and returns the catalog and statements sent.
    func introspect(tables count: Int) throws -> (Catalog, Int) {
        let connection = try Connection(try TestCluster.newDatabase("intro_count\(count)"))
        try connection.execute(Self.schema(tables: count))
        let introspector = Introspector(connection)
        let catalog = try introspector.introspect()
        return (catalog, introspector.statementCount)
    }

    @Test func statementCountDoesNotGrowWithTheNumberOfTables() throws {
        let (one, oneCount) = try introspect(tables: 1)
        let (fifty, fiftyCount) = try introspect(tables: 50)
        #expect(one.tables.count == 1 && one.views.count == 1)
        #expect(fifty.tables.count == 50 && fifty.views.count == 50)
        #expect(fifty.tables["load.t50"]?.triggers.count == 1 && fifty.tables["load.t50"]?.policies.count == 1)
        let t50 = fifty.tables["load.t50"]?.privileges.granted ?? []
        #expect(t50.contains(PrivilegeGrant(grantee: "load_reader", privilege: .update, column: "name")))
        #expect(t50.contains(PrivilegeGrant(grantee: "load_reader", privilege: .select)), "from the default privileges")
        #expect(
            fifty.views["load.v50"]?.privileges.granted == [
                PrivilegeGrant(grantee: "PUBLIC", privilege: .select),
                PrivilegeGrant(grantee: "load_reader", privilege: .select),
            ])
        #expect(fifty.defaultPrivileges.count == 1)
        // 20 catalog queries (ACLs and owners of every object kind in one, `pg_default_acl` in another,
        // column comments, event triggers, publications) plus 8 for the snapshot transaction in both sessions: the same number for any
        // number of objects.
        #expect(fifty.publications.count == 50 && fifty.eventTriggers.count == 50)
        #expect(fifty.publications["p50"]?.members.first?.columns == ["id", "name"])
        #expect(oneCount == 28)
        #expect(fiftyCount == oneCount)
    }
}
