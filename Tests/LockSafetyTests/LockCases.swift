import Testing

/// Objects the lock cases run against. Tables hold a row each, so scans and rewrites show in the statistics.
enum Fixture {
    static let tables = """
        CREATE SCHEMA s;
        CREATE TABLE p (id int PRIMARY KEY);
        INSERT INTO p VALUES (1);
        CREATE TABLE t (a int, b varchar(50));
        INSERT INTO t VALUES (1, 'x');
        CREATE UNIQUE INDEX tidx ON t (a);
        ALTER TABLE t ADD CONSTRAINT ckv CHECK (a > 0) NOT VALID;
        CREATE TABLE q (a int, b varchar(50));
        CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
        CREATE TRIGGER trg BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION f();
        CREATE POLICY pol ON t USING (true);
        CREATE SEQUENCE sq;
        CREATE VIEW v AS SELECT 1 AS x;
        CREATE MATERIALIZED VIEW mv AS SELECT generate_series(1, 3) AS id;
        CREATE UNIQUE INDEX mv_id ON mv (id);
        """

    static let partitions = """
        CREATE TABLE pt (a int, b int) PARTITION BY RANGE (a);
        CREATE TABLE pt1 PARTITION OF pt FOR VALUES FROM (0) TO (100);
        CREATE TABLE pt2 PARTITION OF pt FOR VALUES FROM (100) TO (200);
        INSERT INTO pt VALUES (1, 1), (150, 2);
        CREATE TABLE pt3 (a int, b int);
        INSERT INTO pt3 VALUES (250, 3);
        CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
        """

    static let partitionsWithDefault = partitions + "\nCREATE TABLE ptd PARTITION OF pt DEFAULT;"
}

/// One row of the lock table exercised against Postgres: a statement and the objects it needs.
struct LockCase: Sendable, CustomTestStringConvertible {
    let statement: String
    var setup = Fixture.tables
    /// For statements that cannot run in a transaction block: the table another session holds locked, in the
    /// weakest mode that conflicts with the predicted one, while the statement waits for it (only that lock is
    /// observed; effects are not).
    var blockedOn: String?

    var testDescription: String {
        statement + (setup == Fixture.partitionsWithDefault ? " (with a default partition)" : "")
    }

    init(_ statement: String, setup: String = Fixture.tables, blockedOn: String? = nil) {
        self.statement = statement
        self.setup = setup
        self.blockedOn = blockedOn
    }
}

let alterTableCases: [LockCase] = [
    LockCase("ALTER TABLE t ADD COLUMN c int"),
    LockCase("ALTER TABLE t ADD COLUMN c int DEFAULT 0"),
    LockCase("ALTER TABLE t ADD COLUMN c timestamptz DEFAULT now()"),
    LockCase("ALTER TABLE t ADD COLUMN c timestamptz DEFAULT clock_timestamp()"),
    LockCase("ALTER TABLE t ADD COLUMN c int CHECK (c > 0)"),
    LockCase("ALTER TABLE t ADD COLUMN c bigint GENERATED ALWAYS AS IDENTITY"),
    LockCase("ALTER TABLE t ADD COLUMN c serial"),
    LockCase("ALTER TABLE t ADD COLUMN c int REFERENCES p (id)"),
    LockCase("ALTER TABLE t ALTER COLUMN a SET DEFAULT 1"),
    LockCase("ALTER TABLE t ALTER COLUMN a DROP DEFAULT"),
    LockCase("ALTER TABLE t ALTER COLUMN a SET NOT NULL"),
    LockCase(
        "ALTER TABLE t ALTER COLUMN a DROP NOT NULL", setup: Fixture.tables + "\nALTER TABLE t ALTER a SET NOT NULL;"),
    LockCase("ALTER TABLE t ALTER COLUMN a SET STATISTICS 100"),
    LockCase("ALTER TABLE t ALTER COLUMN a SET (n_distinct = 10)"),
    LockCase("ALTER TABLE t ALTER COLUMN a RESET (n_distinct)"),
    LockCase("ALTER TABLE t ALTER COLUMN b SET STORAGE EXTERNAL"),
    LockCase("ALTER TABLE t ALTER COLUMN b SET COMPRESSION pglz"),
    LockCase("ALTER TABLE t DROP COLUMN b"),
    LockCase("ALTER TABLE t ADD CONSTRAINT ck CHECK (a > 0)"),
    LockCase("ALTER TABLE t ADD CONSTRAINT ck CHECK (a > 0) NOT VALID"),
    LockCase("ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES p (id)"),
    LockCase("ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES p (id) NOT VALID"),
    LockCase("ALTER TABLE t ADD CONSTRAINT u UNIQUE (b)"),
    LockCase("ALTER TABLE t ADD PRIMARY KEY (a)"),
    LockCase("ALTER TABLE t ADD CONSTRAINT ex EXCLUDE USING btree (b WITH =)"),
    LockCase("ALTER TABLE t ADD CONSTRAINT u UNIQUE USING INDEX tidx"),
    LockCase("ALTER TABLE t ADD PRIMARY KEY USING INDEX tidx"),
    LockCase("ALTER TABLE t VALIDATE CONSTRAINT ckv"),
    LockCase("ALTER TABLE t DROP CONSTRAINT ckv"),
    LockCase(
        "ALTER TABLE t ALTER CONSTRAINT fk DEFERRABLE",
        setup: Fixture.tables + "\nALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES p (id);"),
    LockCase("ALTER TABLE t ALTER COLUMN a TYPE bigint"),
    LockCase("ALTER TABLE t ALTER COLUMN b TYPE varchar(100)"),
    LockCase("ALTER TABLE t ALTER COLUMN b TYPE text"),
    LockCase("ALTER TABLE t ALTER COLUMN b TYPE varchar(40)"),
    LockCase("ALTER TABLE q ALTER COLUMN a TYPE text"),
    LockCase("ALTER TABLE q ALTER COLUMN a TYPE text USING a::text"),
    LockCase("ALTER TABLE t OWNER TO CURRENT_USER"),
    LockCase("ALTER TABLE t CLUSTER ON tidx"),
    LockCase("ALTER TABLE t SET WITHOUT CLUSTER"),
    LockCase("ALTER TABLE t SET UNLOGGED"),
    LockCase("ALTER TABLE t SET (fillfactor = 70)"),
    LockCase("ALTER TABLE t RESET (fillfactor)"),
    LockCase("ALTER TABLE t ENABLE TRIGGER ALL"),
    LockCase("ALTER TABLE t DISABLE TRIGGER trg"),
    LockCase("ALTER TABLE t ENABLE ROW LEVEL SECURITY"),
    LockCase("ALTER TABLE t FORCE ROW LEVEL SECURITY"),
    LockCase("ALTER TABLE t REPLICA IDENTITY FULL"),
    LockCase("ALTER TABLE t INHERIT q"),
    LockCase("ALTER TABLE t NO INHERIT q", setup: Fixture.tables + "\nALTER TABLE t INHERIT q;"),
    LockCase(
        "ALTER TABLE t ALTER COLUMN a ADD GENERATED ALWAYS AS IDENTITY",
        setup: Fixture.tables + "\nALTER TABLE t ALTER a SET NOT NULL;"),
    LockCase("ALTER VIEW v SET (security_barrier = true)"),
    LockCase("ALTER VIEW v OWNER TO CURRENT_USER"),
    LockCase("ALTER MATERIALIZED VIEW mv SET (fillfactor = 50)"),
    LockCase("ALTER INDEX tidx SET (fillfactor = 50)"),
]

let statementCases: [LockCase] = [
    LockCase("CREATE INDEX ON t (b)"),
    LockCase("CREATE UNIQUE INDEX ON t (b)"),
    LockCase("CREATE INDEX CONCURRENTLY ON t (b)", blockedOn: "t"),
    LockCase("DROP INDEX tidx"),
    LockCase("DROP INDEX CONCURRENTLY tidx", blockedOn: "t"),
    LockCase("REINDEX TABLE t"),
    LockCase("REINDEX INDEX tidx"),
    LockCase("REINDEX TABLE CONCURRENTLY t", blockedOn: "t"),
    LockCase("REINDEX INDEX CONCURRENTLY tidx", blockedOn: "t"),
    LockCase("CLUSTER t USING tidx"),
    LockCase("VACUUM FULL t", blockedOn: "t"),
    LockCase("VACUUM t", blockedOn: "t"),
    LockCase("ANALYZE t"),
    LockCase("TRUNCATE t"),
    LockCase("DROP TABLE t"),
    LockCase("DROP VIEW v"),
    LockCase("DROP MATERIALIZED VIEW mv"),
    LockCase("DROP SEQUENCE sq"),
    LockCase("DROP TRIGGER trg ON t"),
    LockCase("DROP POLICY pol ON t"),
    LockCase("CREATE TRIGGER tr2 AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION f()"),
    LockCase("CREATE TRIGGER vtr INSTEAD OF INSERT ON v FOR EACH ROW EXECUTE FUNCTION f()"),
    LockCase("CREATE POLICY pol2 ON t USING (true)"),
    LockCase("ALTER POLICY pol ON t USING (false)"),
    LockCase("CREATE RULE r AS ON INSERT TO t DO INSTEAD NOTHING"),
    LockCase("COMMENT ON TABLE t IS 'x'"),
    LockCase("COMMENT ON COLUMN t.a IS 'x'"),
    LockCase("COMMENT ON INDEX tidx IS 'x'"),
    LockCase("COMMENT ON VIEW v IS 'x'"),
    LockCase("COMMENT ON SEQUENCE sq IS 'x'"),
    LockCase("COMMENT ON CONSTRAINT ckv ON t IS 'x'"),
    LockCase("COMMENT ON TRIGGER trg ON t IS 'x'"),
    LockCase("COMMENT ON POLICY pol ON t IS 'x'"),
    LockCase("GRANT SELECT ON t TO PUBLIC"),
    LockCase("REVOKE SELECT ON t FROM PUBLIC"),
    LockCase("SELECT * FROM t"),
    LockCase("SELECT * FROM t FOR UPDATE"),
    LockCase("SELECT * FROM v"),
    LockCase("WITH x AS (SELECT * FROM p) SELECT * FROM x, t"),
    LockCase("SELECT nextval('sq')"),
    LockCase("SELECT setval('sq', 10)"),
    LockCase("EXPLAIN SELECT * FROM t"),
    LockCase("INSERT INTO t VALUES (2, 'y')"),
    LockCase("INSERT INTO t SELECT id + 1, 'z' FROM p"),
    LockCase("UPDATE t SET b = 'z'"),
    LockCase("UPDATE t SET b = 'z' FROM p WHERE p.id = t.a"),
    LockCase("DELETE FROM t"),
    LockCase("MERGE INTO t USING p ON t.a = p.id WHEN MATCHED THEN DELETE"),
    LockCase("LOCK TABLE t IN SHARE MODE"),
    LockCase("LOCK TABLE t, p IN ROW EXCLUSIVE MODE"),
    LockCase("ALTER TABLE t RENAME TO t2"),
    LockCase("ALTER TABLE t RENAME COLUMN a TO a2"),
    LockCase("ALTER TABLE t RENAME CONSTRAINT ckv TO ck2"),
    LockCase("ALTER INDEX tidx RENAME TO tidx2"),
    LockCase("ALTER VIEW v RENAME TO v2"),
    LockCase("ALTER SEQUENCE sq RENAME TO sq2"),
    LockCase("ALTER TRIGGER trg ON t RENAME TO trg2"),
    LockCase("ALTER POLICY pol ON t RENAME TO pol2"),
    LockCase("ALTER TABLE t SET SCHEMA s"),
    LockCase("ALTER SEQUENCE sq RESTART"),
    LockCase("ALTER SEQUENCE sq INCREMENT BY 2"),
    LockCase("CREATE TABLE n (x int REFERENCES p (id))"),
    LockCase("CREATE TABLE n (LIKE t)"),
    LockCase("CREATE TABLE n () INHERITS (t)"),
    LockCase("CREATE VIEW v2 AS SELECT * FROM t"),
    LockCase("CREATE OR REPLACE VIEW v AS SELECT 1 AS x"),
    LockCase("CREATE MATERIALIZED VIEW mv2 AS SELECT * FROM t"),
    LockCase("CREATE TABLE n AS SELECT * FROM t"),
    LockCase("REFRESH MATERIALIZED VIEW mv"),
    LockCase("REFRESH MATERIALIZED VIEW CONCURRENTLY mv"),
    LockCase("CREATE STATISTICS st ON a, b FROM t"),
]

let partitionCases: [LockCase] = [
    LockCase("ALTER TABLE pt ADD COLUMN c int", setup: Fixture.partitions),
    LockCase("ALTER TABLE pt ALTER COLUMN a SET NOT NULL", setup: Fixture.partitions),
    LockCase("ALTER TABLE pt ADD CONSTRAINT ck CHECK (a > 0)", setup: Fixture.partitions),
    LockCase("ALTER TABLE pt ALTER COLUMN b SET STATISTICS 100", setup: Fixture.partitions),
    LockCase("ALTER TABLE pt OWNER TO CURRENT_USER", setup: Fixture.partitions),
    LockCase("ALTER TABLE pt ENABLE ROW LEVEL SECURITY", setup: Fixture.partitions),
    LockCase("ALTER TABLE pt RENAME COLUMN b TO b2", setup: Fixture.partitions),
    LockCase("ALTER TABLE pt1 ALTER COLUMN b SET NOT NULL", setup: Fixture.partitions),
    LockCase(
        "ALTER TABLE pt VALIDATE CONSTRAINT ckv",
        setup: Fixture.partitions + "\nALTER TABLE pt ADD CONSTRAINT ckv CHECK (a > 0) NOT VALID;"),
    LockCase("CREATE INDEX ON pt (b)", setup: Fixture.partitions),
    LockCase("CREATE INDEX ON ONLY pt (b)", setup: Fixture.partitions),
    LockCase("CREATE TRIGGER ptr AFTER INSERT ON pt FOR EACH ROW EXECUTE FUNCTION f()", setup: Fixture.partitions),
    LockCase("TRUNCATE pt", setup: Fixture.partitions),
    LockCase("DROP TABLE pt", setup: Fixture.partitions),
    LockCase("SELECT * FROM pt", setup: Fixture.partitions),
    LockCase("UPDATE pt SET b = b", setup: Fixture.partitions),
    LockCase("LOCK TABLE pt IN SHARE MODE", setup: Fixture.partitions),
    LockCase("LOCK TABLE ONLY pt IN SHARE MODE", setup: Fixture.partitions),
    LockCase("ANALYZE pt", setup: Fixture.partitions),
    LockCase("ALTER TABLE pt ATTACH PARTITION pt3 FOR VALUES FROM (200) TO (300)", setup: Fixture.partitions),
    LockCase(
        "ALTER TABLE pt ATTACH PARTITION pt3 FOR VALUES FROM (200) TO (300)", setup: Fixture.partitionsWithDefault),
    LockCase("ALTER TABLE pt DETACH PARTITION pt2", setup: Fixture.partitions),
    LockCase("ALTER TABLE pt DETACH PARTITION pt2", setup: Fixture.partitionsWithDefault),
    LockCase("ALTER TABLE pt DETACH PARTITION pt2 CONCURRENTLY", setup: Fixture.partitions, blockedOn: "pt"),
    LockCase("CREATE TABLE pt4 PARTITION OF pt FOR VALUES FROM (300) TO (400)", setup: Fixture.partitions),
    LockCase("CREATE TABLE pt4 PARTITION OF pt FOR VALUES FROM (300) TO (400)", setup: Fixture.partitionsWithDefault),
]
