import DBTestSupport
import Postgres

/// One database the sizing tests share, filled once (a million-row insert takes a few seconds): `public.big` with
/// 1 M rows and a primary key, analysed; `public.empty` with the same shape and no rows. Tests only read them.
enum SizedTables {
    static let bigRows = 1_000_000

    private static let database = Result { () throws -> ConnectionString in
        let database = try TestCluster.newDatabase("sized")
        let connection = try Connection(database)
        try connection.execute(
            """
            CREATE TABLE big (id int PRIMARY KEY, pad text NOT NULL) WITH (autovacuum_enabled = false);
            INSERT INTO big SELECT g, 'row ' || g FROM generate_series(1, \(bigRows)) AS g;
            CREATE TABLE empty (id int PRIMARY KEY, pad text NOT NULL);
            ANALYZE big;
            """)
        return database
    }

    /// A new session on the shared database.
    static func connection() throws -> Connection { try Connection(try database.get()) }

    /// `SELECT <expression>` on `connection`, as an integer (e.g. `pg_total_relation_size('big')`).
    static func integer(_ expression: String, on connection: Connection) throws -> Int {
        try connection.query("SELECT (\(expression))::bigint AS value").rows[0].int("value")
    }
}
