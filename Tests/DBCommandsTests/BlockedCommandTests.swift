import DBTestSupport
import Foundation
import Postgres
import Testing

/// Commands never wait silently behind another session: they fail within a second or two naming it, and
/// `db status` reports a running migration instead of waiting for it.
@Suite struct BlockedCommandTests {
    private func setup(_ label: String, over transport: Transport) throws -> (
        ConnectionString, TemporaryDirectory, [String]
    ) {
        let target = try TestCluster.newDatabase(label, over: transport)
        let folder = try TemporaryDirectory(label)
        return (target, folder, ["--database-url", target.raw, "--migrations-dir", folder.path])
    }

    private func timed(_ arguments: [String]) throws -> (Subprocess.Outcome, seconds: Double) {
        let started = Date()
        let outcome = try DBBinary.run(arguments)
        return (outcome, Date().timeIntervalSince(started))
    }

    @Test(arguments: Transport.allCases)
    func migrateAndStatusFailFastNamingASessionThatLocksTheHistoryTable(over transport: Transport) throws {
        let (target, folder, connection) = try setup("locked", over: transport)
        try folder.write("20260101000000_create_a.sql", "CREATE TABLE a (id int);")
        #expect(try DBBinary.run(["migrate"] + connection).exitCode == 0)
        try folder.write("20260102000000_create_b.sql", "CREATE TABLE b (id int);")
        let holder = try Connection(target, applicationName: "someone's psql")
        // Ends the holder after 10 s, so a command that waits behind it finishes (and fails the timing check).
        try holder.execute(
            "SET idle_in_transaction_session_timeout = '10s'; BEGIN; "
                + "LOCK TABLE public.__migrations IN ACCESS EXCLUSIVE MODE;")
        for command in ["migrate", "status"] {
            let (outcome, seconds) = try timed([command] + connection)
            #expect(outcome.exitCode == 2, "\(command): \(outcome.stdout)\n\(outcome.stderr)")
            #expect(seconds < 2.5, "db \(command) took \(seconds) s")
            #expect(outcome.stderr.contains("pid \(holder.backendPID), application_name 'someone's psql'"))
            #expect(outcome.stderr.contains("state 'idle in transaction'"))
            #expect(outcome.stderr.contains("holds AccessExclusiveLock"))
            #expect(outcome.stderr.contains("LOCK TABLE public.__migrations IN ACCESS EXCLUSIVE MODE"))
        }
        try holder.execute("ROLLBACK")
        let after = try DBBinary.run(["migrate"] + connection)
        #expect(after.exitCode == 0 && after.stdout.contains("applied 1 migration"), "\(after.stderr)")
    }

    @Test(arguments: Transport.allCases)
    func resetFailsFastNamingASessionThatReadsATable(over transport: Transport) throws {
        let (target, folder, connection) = try setup("reset_locked", over: transport)
        try folder.write("20260101000000_create_a.sql", "CREATE TABLE a (id int);")
        #expect(try DBBinary.run(["migrate"] + connection).exitCode == 0)
        let reader = try Connection(target, applicationName: "a report")
        try reader.execute("SET idle_in_transaction_session_timeout = '10s'; BEGIN; SELECT count(*) FROM a;")
        let (outcome, seconds) = try timed(["reset"] + connection)
        #expect(outcome.exitCode == 2, "\(outcome.stdout)\n\(outcome.stderr)")
        #expect(seconds < 5, "db reset took \(seconds) s")
        #expect(outcome.stderr.contains("pid \(reader.backendPID), application_name 'a report'"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("nothing was dropped"), "\(outcome.stderr)")
        #expect(
            try Connection(target).query("SELECT to_regclass('public.a') IS NOT NULL AS present").rows[0].bool(
                "present"))
        try reader.execute("ROLLBACK")
        #expect(try DBBinary.run(["reset"] + connection).exitCode == 0)
    }

    @Test(arguments: Transport.allCases)
    func statusReportsARunningMigrationWithoutWaitingForIt(over transport: Transport) throws {
        let (target, folder, connection) = try setup("running", over: transport)
        try folder.write("20260101000000_create_a.sql", "CREATE TABLE a (id int);")
        try folder.write("20260102000000_slow.sql", "CREATE TABLE slow (id int);\nSELECT pg_sleep(4);\n")
        let migrate = try DBBinary.start(["migrate"] + connection)
        let observer = try Connection(target)
        var migratorPID: Int?
        let deadline = Date().addingTimeInterval(20)
        while migratorPID == nil && Date() < deadline {
            migratorPID = try observer.query(
                "SELECT pid FROM pg_stat_activity WHERE datname = $1 AND query LIKE '%pg_sleep(4)%' "
                    + "AND pid <> pg_backend_pid()", [target.database]
            ).rows.first?.int("pid")
            if migratorPID == nil { usleep(20_000) }
        }
        let (status, seconds) = try timed(["status"] + connection)
        #expect(status.exitCode == 0, "\(status.stdout)\n\(status.stderr)")
        #expect(seconds < 2, "db status took \(seconds) s")
        #expect(status.stdout.contains("a migration is running now"))
        #expect(status.stdout.contains("pid \(migratorPID ?? -1), application_name 'db migrate'"))
        #expect(status.stdout.contains("applied (1):") && status.stdout.contains("pending (1):"))
        let finished = migrate.wait()
        #expect(finished.exitCode == 0, "\(finished.stderr)")
        let after = try DBBinary.run(["status"] + connection)
        #expect(after.stdout.contains("applied (2):") && !after.stdout.contains("a migration is running"))
    }
}
