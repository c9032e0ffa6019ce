import DBTestSupport
import Postgres
import Testing

@Suite struct ConnectionTests {
    @Test func parameterisedQueryReturnsTypedValues() throws {
        let connection = try Connection(try TestCluster.newDatabase("conn"))
        let result = try connection.query(
            "SELECT $1::int + 1 AS n, $2::text AS s, $3::text IS NULL AS missing, ARRAY['a','b c']::text[] AS list",
            ["41", "it's", nil])
        #expect(result.rows.count == 1)
        let row = result.rows[0]
        #expect(row.int("n") == 42)
        #expect(row.string("s") == "it's")
        #expect(row.bool("missing"))
        #expect(row.stringArray("list") == ["a", "b c"])
    }

    @Test func serverErrorCarriesSQLStateAndPosition() throws {
        let connection = try Connection(try TestCluster.newDatabase("conn"))
        let error = #expect(throws: PostgresError.self) {
            try connection.execute("SELECT nope FROM pg_class")
        }
        #expect(error?.sqlState == "42703")
        #expect(error?.position == 8)
        #expect(error?.message.contains("nope") == true)
    }

    @Test func transactionRollsBackWhenBodyThrows() throws {
        let connection = try Connection(try TestCluster.newDatabase("conn"))
        try connection.execute("CREATE TABLE t (id int)")
        struct Abort: Error {}
        #expect(throws: Abort.self) {
            try connection.transaction {
                try connection.execute("INSERT INTO t VALUES (1)")
                throw Abort()
            }
        }
        #expect(try connection.execute("SELECT count(*) AS n FROM t").rows[0].int("n") == 0)
    }

    @Test func noticesAreCollected() throws {
        let connection = try Connection(try TestCluster.newDatabase("conn"))
        try connection.execute("DROP TABLE IF EXISTS not_there")
        let notices = connection.takeNotices()
        #expect(notices.contains { $0.message.contains("not_there") })
        #expect(connection.takeNotices().isEmpty)
    }

    @Test(arguments: Transport.allCases)
    func advisoryLockIsExclusiveAcrossSessions(over transport: Transport) throws {
        let target = try TestCluster.newDatabase("conn", over: transport)
        let first = try Connection(target)
        let second = try Connection(target)
        #expect(try first.tryAdvisoryLock(42))
        #expect(try !second.tryAdvisoryLock(42))
        try first.advisoryUnlock(42)
        #expect(try second.tryAdvisoryLock(42))
    }

    @Test func connectionFailureNeverPrintsThePassword() throws {
        let target = try ConnectionString("postgresql://alice:s3cret-pw@127.0.0.1:1/app")
        #expect(!target.redacted.contains("s3cret-pw"))
        #expect(target.redacted.contains("password=***"))
        let error = #expect(throws: PostgresError.self) { try Connection(target) }
        #expect(error.map { !String(describing: $0).contains("s3cret-pw") } == true)
        #expect(error?.message.contains("host=127.0.0.1") == true)
    }
}

@Suite struct ScratchDatabaseTests {
    @Test func scratchDatabaseIsDroppedEvenWhenTheBodyThrows() throws {
        let server = try TestCluster.shared().connectionString()
        struct Failure: Error {}
        var seenName = ""
        #expect(throws: Failure.self) {
            try ScratchDatabase.with(on: server) { connection, target in
                seenName = target.database ?? ""
                try connection.execute("CREATE TABLE t (id int)")
                throw Failure()
            }
        }
        #expect(seenName.hasPrefix(ScratchDatabase.prefix))
        let admin = try Connection(server)
        let remaining = try admin.query("SELECT count(*) AS n FROM pg_database WHERE datname = $1", [seenName])
        #expect(remaining.rows[0].int("n") == 0)
    }

    @Test func textArraysKeepQuotedEscapedNullAndMultiByteElements() throws {
        let connection = try Connection(try TestCluster.newDatabase("conn"))
        let row = try connection.query(
            "SELECT ARRAY['a,b', 'say \"hi\"', 'back\\slash', NULL, 'NULL', '', 'ünï ✓', '{x}']::text[] AS list"
        ).rows[0]
        #expect(row.stringArray("list") == ["a,b", "say \"hi\"", "back\\slash", "", "NULL", "", "ünï ✓", "{x}"])
        #expect(parsePostgresArray("{}") == [])
        #expect(parsePostgresArray("not an array") == [])
    }

    @Test func columnsAreFoundByNameAmongManyAndTheFirstDuplicateWins() throws {
        let connection = try Connection(try TestCluster.newDatabase("conn"))
        let names = (0..<40).map { "column_\($0)" }
        let select = names.enumerated().map { "\($0.offset) AS \($0.element)" }.joined(separator: ", ")
        let row = try connection.query("SELECT \(select), 'first' AS twice, 'second' AS twice").rows[0]
        for (position, name) in names.enumerated() { #expect(row.int(name) == position) }
        #expect(row.string("twice") == "first")
        #expect(row.values.count == 42)
    }
}
