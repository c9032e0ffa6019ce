import DBTestSupport
import LockSafety
import Postgres
import Testing

@Suite struct ThroughputTests {
    @Test func measuringTakesAFractionOfASecondAndLeavesNothingBehind() throws {
        let connection = try Connection(try TestCluster.newDatabase("throughput"))
        let started = ContinuousClock.now
        let measured = try Throughput.measure(on: connection)
        let elapsed = ContinuousClock.now - started
        #expect(measured.rewriteBytesPerSecond > 0)
        #expect(measured.scanBytesPerSecond > 0)
        #expect(measured.source.hasPrefix("measured on this server: an ordinary table of"))
        #expect(elapsed < .seconds(5), "shared build machines are slow; on a quiet one this is well under a second")
        let leftovers = try connection.query(
            "SELECT count(*) AS n FROM pg_class WHERE relname LIKE 'db\\_throughput\\_probe%' OR relname LIKE 'db\\_elapsed%'"
        ).rows[0].int("n")
        #expect(leftovers == 0)
        let functions = try connection.query("SELECT count(*) AS n FROM pg_proc WHERE proname = 'db_elapsed'")
        #expect(functions.rows[0].int("n") == 0)
    }

    @Test func aSessionThatMayNotCreateTablesMeasuresOnATemporaryOne() throws {
        let database = try TestCluster.newDatabase("throughputrole")
        try TestCluster.ensureLoginRoles(["db_size_reader"])
        let reader = try Connection(database.with(["user": "db_size_reader"]))
        let measured = try Throughput.measure(on: reader)
        #expect(measured.source.hasPrefix("measured on this server: a temporary table of"))
        #expect(measured.rewriteBytesPerSecond > 0)
    }

    @Test func ratesParseAsUsersTypeThem() {
        let mebibyte = 1024.0 * 1024
        #expect(Throughput(parsing: "50MB/s")?.rewriteBytesPerSecond == 50 * mebibyte)
        #expect(Throughput(parsing: "50 MB")?.scanBytesPerSecond == 50 * mebibyte)
        #expect(Throughput(parsing: "1.5GB/s")?.rewriteBytesPerSecond == 1.5 * 1024 * mebibyte)
        #expect(Throughput(parsing: "800kB/s")?.rewriteBytesPerSecond == 819_200)
        #expect(Throughput(parsing: "4096")?.rewriteBytesPerSecond == 4096)
        #expect(Throughput(parsing: "fast") == nil)
        #expect(Throughput(parsing: "0MB/s") == nil)
        #expect(Throughput(parsing: "10 parsecs") == nil)
    }

    @Test func theEstimateScalesWithTheBytesToRewriteOrScan() throws {
        let connection = try SizedTables.connection()
        let big = RelationName(schema: "public", "big")
        let empty = RelationName(schema: "public", "empty")
        let sizes = try RelationSize.lookup([big, empty], on: connection)
        let bigSize = try #require(sizes[big])
        let emptySize = try #require(sizes[empty])
        let rate = Throughput(rewriteBytesPerSecond: 10_000_000, scanBytesPerSecond: 100_000_000, source: "test")
        #expect(rate.seconds(.rewrites, on: bigSize) == Double(bigSize.totalBytes) / 10_000_000)
        #expect(rate.seconds(.scans, on: bigSize) == Double(bigSize.tableBytes) / 100_000_000)
        #expect(rate.seconds(.rewrites, on: bigSize) > 100 * rate.seconds(.rewrites, on: emptySize))
        #expect(rate.seconds(.cheap, on: bigSize) == 0)
        #expect(rate.seconds(.rewrites, on: .new(RelationName("later"))) == 0)
    }
}
