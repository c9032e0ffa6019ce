import DBTestSupport
import Foundation
import Postgres
import Testing

@Suite struct ConcurrentMigrateTests {
    @Test(arguments: Transport.allCases)
    func eightConcurrentMigratorsApplyFiftyFilesExactlyOnce(over transport: Transport) throws {
        let target = try TestCluster.newDatabase("concurrent", over: transport)
        let folder = try TemporaryDirectory("concurrent")
        try folder.write("20260101000000_create_log.sql", "CREATE TABLE log (version text NOT NULL);")
        for index in 1..<50 {
            let version = String(format: "202601010%05d", index)
            try folder.write(
                "\(version)_step_\(index).sql",
                "CREATE TABLE t_\(index) (id int);\nINSERT INTO log VALUES ('\(version)');\n")
        }
        let arguments = ["migrate", "--database-url", target.raw, "--migrations-dir", folder.path]
        let processes = try (0..<8).map { _ in try DBBinary.start(arguments) }
        let outcomes = processes.map { $0.wait() }
        for outcome in outcomes {
            #expect(outcome.exitCode == 0, "\(outcome.stdout)\n\(outcome.stderr)")
        }
        #expect(outcomes.filter { $0.stdout.contains("applied 50 migrations") }.count == 1)
        let connection = try Connection(target)
        let counts = try connection.execute(
            "SELECT count(*) AS n, count(DISTINCT version) AS d, (SELECT count(*) FROM public.__migrations) AS h FROM log"
        ).rows[0]
        #expect(counts.int("n") == 49 && counts.int("d") == 49 && counts.int("h") == 50)
    }

    @Test(arguments: Transport.allCases)
    func migratorKilledMidRunLeavesNoPartialFileAndTheNextRunCompletes(over transport: Transport) throws {
        let target = try TestCluster.newDatabase("killed", over: transport)
        let folder = try TemporaryDirectory("killed")
        try folder.write("20260101000000_first.sql", "CREATE TABLE first (id int);")
        try folder.write(
            "20260102000000_slow.sql",
            "CREATE TABLE slow (id int);\nSELECT pg_sleep(1.5);\nCREATE TABLE slow_end (id int);\n")
        try folder.write("20260103000000_last.sql", "CREATE TABLE last (id int);")
        let process = try DBBinary.start(["migrate", "--database-url", target.raw, "--migrations-dir", folder.path])
        let observer = try Connection(target)
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            let sleeping = try observer.query(
                "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = $1 AND query LIKE '%pg_sleep(1.5)%' AND pid <> pg_backend_pid()",
                [target.database]
            ).rows[0].int("n")
            if sleeping > 0 { break }
            usleep(20_000)
        }
        process.kill(SIGKILL)
        #expect(process.wait().exitCode == 128 + SIGKILL)
        #expect(try observer.execute("SELECT to_regclass('slow') IS NULL AS gone").rows[0].bool("gone"))
        let rerun = try DBBinary.run(["migrate", "--database-url", target.raw, "--migrations-dir", folder.path])
        #expect(rerun.exitCode == 0, "\(rerun.stdout)\n\(rerun.stderr)")
        let history = try observer.execute(
            "SELECT string_agg(version, ',' ORDER BY version) AS v FROM public.__migrations")
        #expect(history.rows[0].string("v") == "20260101000000,20260102000000,20260103000000")
        #expect(try observer.execute("SELECT to_regclass('slow_end') IS NOT NULL AS ok").rows[0].bool("ok"))
    }
}
