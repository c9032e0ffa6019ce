import Catalog
import DBTestSupport
import Diff
import Introspection
import Postgres
import Testing

/// `--owners` (`DiffOptions(includeOwners: true)`): the oracle's pg_dump runs with `--no-owner`, so owners are
/// compared here, on the introspected catalogs, for every object kind.
@Suite struct OwnerDiffTests {
    static let roles = """
        DO $$ BEGIN CREATE ROLE owner_test_a; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
        DO $$ BEGIN CREATE ROLE "owner ""b"" ü"; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
        """

    static func schema(owner: String) -> String {
        roles + """
            CREATE SCHEMA app;
            CREATE TYPE app.mood AS ENUM ('a', 'b');
            CREATE TYPE app.pair AS (x int, y int);
            CREATE DOMAIN app.positive AS int CHECK (VALUE > 0);
            CREATE SEQUENCE app.counter;
            CREATE TABLE app.items (id serial PRIMARY KEY, name text);
            INSERT INTO app.items (name) VALUES ('a'), ('b');
            CREATE VIEW app.names AS SELECT name FROM app.items;
            CREATE MATERIALIZED VIEW app.total AS SELECT count(*) AS n FROM app.items;
            CREATE FUNCTION app.f() RETURNS int LANGUAGE sql AS 'SELECT 1';
            CREATE PROCEDURE app.p() LANGUAGE sql AS 'SELECT 1';
            ALTER SCHEMA app OWNER TO \(owner);
            ALTER TYPE app.mood OWNER TO \(owner);
            ALTER TYPE app.pair OWNER TO \(owner);
            ALTER DOMAIN app.positive OWNER TO \(owner);
            ALTER SEQUENCE app.counter OWNER TO \(owner);
            ALTER TABLE app.items OWNER TO \(owner);
            ALTER VIEW app.names OWNER TO \(owner);
            ALTER MATERIALIZED VIEW app.total OWNER TO \(owner);
            ALTER FUNCTION app.f() OWNER TO \(owner);
            ALTER PROCEDURE app.p() OWNER TO \(owner);
            """
    }

    @Test func ownersAreMovedOnlyWithTheFlag() throws {
        let from = try Connection(try TestCluster.newDatabase("owners_from"))
        let to = try Connection(try TestCluster.newDatabase("owners_to"))
        try from.execute(Self.schema(owner: "owner_test_a"))
        try to.execute(Self.schema(owner: #""owner ""b"" ü""#))

        #expect(diff(from: try introspect(from), to: try introspect(to)).isEmpty)

        let options = DiffOptions(includeOwners: true)
        let changes = diff(from: try introspect(from), to: try introspect(to), options: options)
        #expect(changes.count == 10, "\(changes.map(\.sql))")
        #expect(changes.allSatisfy { $0.kind == "set_owner" })
        for change in changes { try from.execute(change.sql) }

        let after = try introspect(from)
        #expect(after.tables["app.items"]?.owner == "owner \"b\" ü")
        #expect(after.functions["app.p()"]?.owner == "owner \"b\" ü")
        #expect(after.sequences["app.items_id_seq"]?.owner == "owner \"b\" ü")
        #expect(diff(from: after, to: try introspect(to), options: options).isEmpty)
        let rows = try from.query("SELECT count(*) AS n FROM app.items").rows
        #expect(rows.first?.string("n") == "2")
    }

    /// Database-wide objects: an event trigger (whose owner must be a superuser) and a publication (whose owner
    /// needs CREATE on the database).
    static func databaseObjects(owned: Bool) -> String {
        """
        DO $$ BEGIN CREATE ROLE "owner super é" SUPERUSER; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
        DO $$ BEGIN CREATE ROLE owner_test_pub; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
        DO $$ BEGIN EXECUTE format('GRANT CREATE ON DATABASE %I TO owner_test_pub', current_database()); END $$;
        CREATE SCHEMA ops;
        CREATE TABLE ops.events (id int PRIMARY KEY);
        INSERT INTO ops.events VALUES (1), (2);
        CREATE FUNCTION ops.note() RETURNS event_trigger LANGUAGE plpgsql AS $f$ BEGIN END $f$;
        CREATE EVENT TRIGGER note_ddl ON ddl_command_end EXECUTE FUNCTION ops.note();
        CREATE PUBLICATION events_pub FOR TABLE ops.events;
        """ + (owned ? """

            ALTER EVENT TRIGGER note_ddl OWNER TO "owner super é";
            ALTER PUBLICATION events_pub OWNER TO owner_test_pub;
            """ : "")
    }

    @Test func eventTriggerAndPublicationOwnersAreMovedWithTheFlag() throws {
        let from = try Connection(try TestCluster.newDatabase("owners_db_from"))
        let to = try Connection(try TestCluster.newDatabase("owners_db_to"))
        try from.execute(Self.databaseObjects(owned: false))
        try to.execute(Self.databaseObjects(owned: true))
        let target = try introspect(to)
        #expect(target.eventTriggers["note_ddl"]?.owner == "owner super é")
        #expect(target.publications["events_pub"]?.owner == "owner_test_pub")
        #expect(diff(from: try introspect(from), to: target).isEmpty)

        let options = DiffOptions(includeOwners: true)
        let changes = diff(from: try introspect(from), to: target, options: options)
        #expect(
            changes.map(\.sql) == [
                #"ALTER EVENT TRIGGER "note_ddl" OWNER TO "owner super é""#,
                #"ALTER PUBLICATION "events_pub" OWNER TO "owner_test_pub""#,
            ])
        for change in changes { try from.execute(change.sql) }
        #expect(diff(from: try introspect(from), to: target, options: options).isEmpty)
    }
}
