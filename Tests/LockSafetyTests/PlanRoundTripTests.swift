import DBTestSupport
import LockSafety
import Postgres
import Testing

/// The lock plan reads the catalog with a fixed number of round trips, whatever the number of files and relations.
@Suite struct PlanRoundTripTests {
    let rate = Throughput(bytesPerSecond: 10_000_000)

    /// `count` sets of existing relations: a table with a varchar and an int column, a row and an index; a
    /// partitioned table with a partition and a default partition; a volatile function.
    static func schema(tables count: Int) -> String {
        (1...count).map { number in
            """
            CREATE TABLE t\(number) (id int PRIMARY KEY, label varchar(50), n int);
            INSERT INTO t\(number) VALUES (1, 'a', 1);
            CREATE INDEX t\(number)_label_idx ON t\(number) (label);
            CREATE TABLE p\(number) (id int, k int) PARTITION BY RANGE (k);
            CREATE TABLE p\(number)_1 PARTITION OF p\(number) FOR VALUES FROM (0) TO (10);
            CREATE TABLE p\(number)_default PARTITION OF p\(number) DEFAULT;
            CREATE FUNCTION f\(number)() RETURNS int VOLATILE LANGUAGE sql AS 'SELECT 1';

            """
        }.joined()
    }

    /// A pending file per set, asking every kind of catalog question about its relations (each file a type change
    /// of its own), and creating and changing a table of its own.
    static func files(tables count: Int) -> [PendingFile] {
        (1...count).map { number in
            PendingFile(
                name: "\(number)_change.sql",
                sql: """
                    ALTER TABLE t\(number) ALTER COLUMN label TYPE varchar(\(100 + number));
                    ALTER TABLE t\(number) ALTER COLUMN n TYPE bigint;
                    ALTER TABLE t\(number) ADD COLUMN d int DEFAULT f\(number)();
                    DROP INDEX t\(number)_label_idx;
                    CREATE TABLE p\(number)_2 PARTITION OF p\(number) FOR VALUES FROM (10) TO (20);
                    ALTER TABLE p\(number) ADD COLUMN extra int;
                    CREATE TABLE new\(number) (id int);
                    ALTER TABLE new\(number) ALTER COLUMN id TYPE bigint;
                    """,
                runsInTransaction: true)
        }
    }

    /// The plan of `files(tables:)` against a fresh database holding `schema(tables:)`, and the round trips it took.
    func plan(tables count: Int) throws -> (LockPlanReport, Int) {
        let connection = try Connection(try TestCluster.newDatabase("plan_trips\(count)"))
        try connection.execute(Self.schema(tables: count))
        let before = connection.roundTrips
        let report = try LockPlanner(connection, throughput: rate).plan(Self.files(tables: count))
        return (report, connection.roundTrips - before)
    }

    @Test func roundTripsDoNotGrowWithTheNumberOfFilesAndRelations() throws {
        let (one, oneTrips) = try plan(tables: 1)
        let (twenty, twentyTrips) = try plan(tables: 20)
        #expect(one.statements.count == 8 && twenty.statements.count == 160)
        let last = twenty.statements.suffix(8).map { statement in
            Dictionary(uniqueKeysWithValues: statement.locks.map { ($0.relation.description, $0) })
        }
        #expect(last[0]["public.t20"]?.effect == .cheap, "varchar(50) → varchar(120) is binary-coercible")
        #expect(last[1]["public.t20"]?.effect == .rewrites, "int → bigint")
        #expect(last[2]["public.t20"]?.effect == .rewrites, "f20() is volatile")
        #expect(last[3]["public.t20"]?.mode == .accessExclusive, "DROP INDEX locks the index's table")
        #expect(last[4]["public.p20_default"]?.effect == .scans, "the default partition is scanned")
        #expect(Set(last[5].keys) == ["public.p20", "public.p20_1", "public.p20_default"])
        #expect(last[7]["new20"]?.blocks == BlockedTraffic.nothing, "a table the files create is new")
        #expect((last[1]["public.t20"]?.bytes ?? 0) > 0, "sized from the catalog")
        // Names, partition trees, column types, volatility, sizes and holders: one query each; the type-change
        // probe: BEGIN with its function, one query for every change, ROLLBACK.
        #expect(oneTrips == 9)
        #expect(twentyTrips == oneTrips)
    }
}
