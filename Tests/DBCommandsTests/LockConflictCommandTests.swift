import DBTestSupport
import Foundation
import Postgres
import Testing

/// `db migrate` against real concurrent sessions: a conflicting holder fails it fast, a lock that appears after the
/// check is met with the lock timeout and retried, `--wait` waits, and `db status` reports invalid indexes.
@Suite struct LockConflictCommandTests {
    private func setup(_ label: String, over transport: Transport) throws -> (
        ConnectionString, TemporaryDirectory, [String]
    ) {
        let target = try TestCluster.newDatabase(label, over: transport)
        let folder = try TemporaryDirectory(label)
        try folder.write("20260101000000_create_busy.sql", "CREATE TABLE busy (id int, note text);")
        let arguments = ["--database-url", target.raw, "--migrations-dir", folder.path]
        let first = try DBBinary.run(["migrate"] + arguments)
        #expect(first.exitCode == 0, "\(first.stderr)")
        return (target, folder, arguments)
    }

    @Test(arguments: Transport.allCases)
    func aConflictingHolderFailsMigrateFastNamingItWithNothingApplied(over transport: Transport) throws {
        let (target, folder, arguments) = try setup("conflictcli", over: transport)
        try folder.write("20260102000000_add_extra.sql", "ALTER TABLE busy ADD COLUMN extra int;")
        let holder = try Connection(target, applicationName: "someone's psql")
        // Ends the holder after 10 s, so a migrate that queued behind it would finish (and fail the timing check).
        try holder.execute("SET idle_in_transaction_session_timeout = '10s'; BEGIN; SELECT count(*) FROM busy;")
        let started = Date()
        let outcome = try DBBinary.run(["migrate"] + arguments)
        let seconds = Date().timeIntervalSince(started)
        #expect(outcome.exitCode == 2, "\(outcome.stdout)\n\(outcome.stderr)")
        #expect(seconds < 2, "db migrate took \(seconds) s")
        let stderr = outcome.stderr
        #expect(stderr.contains("other sessions hold locks that 20260102000000_add_extra.sql needs"), "\(stderr)")
        #expect(stderr.contains("public.busy: 20260102000000_add_extra.sql:1 needs ACCESS EXCLUSIVE"))
        #expect(stderr.contains("pid \(holder.backendPID), application_name 'someone's psql'"))
        #expect(stderr.contains("state 'idle in transaction'") && stderr.contains("holds AccessShareLock"))
        #expect(stderr.contains("(open ") && stderr.contains("SELECT count(*) FROM busy"))
        #expect(stderr.contains("pass --wait 5m to wait for them"))
        let columns = try Connection(target).execute(
            "SELECT count(*) AS n FROM pg_attribute WHERE attrelid = 'busy'::regclass AND attname = 'extra'")
        #expect(columns.rows[0].int("n") == 0)
        try holder.execute("ROLLBACK")
        #expect(try DBBinary.run(["migrate"] + arguments).exitCode == 0)
    }

    /// The holder takes its lock while the file sleeps, after the check passed: the file's ALTER meets it at the
    /// lock timeout, is rolled back and retried, and applies once the holder ends.
    @Test(arguments: Transport.allCases)
    func aLockTakenAfterTheCheckIsMetWithTheLockTimeoutAndRetried(over transport: Transport) throws {
        let (target, folder, arguments) = try setup("aftercheck", over: transport)
        try folder.write(
            "20260102000000_add_extra.sql", "SELECT pg_sleep(0.5);\nALTER TABLE busy ADD COLUMN extra int;\n")
        let migrate = try DBBinary.start(
            ["migrate", "--lock-timeout", "300ms", "--lock-retries", "6"] + arguments)
        let observer = try Connection(target)
        let migrator = try poll("the migrator to sleep") {
            try observer.query(
                "SELECT pid FROM pg_stat_activity WHERE datname = $1 AND query LIKE '%pg_sleep(0.5)%' "
                    + "AND pid <> pg_backend_pid()", [target.database]
            ).rows.first?.int("pid")
        }
        let holder = try Connection(target, applicationName: "late reader")
        try holder.execute("BEGIN; SELECT count(*) FROM busy;")
        _ = try poll("the migrator to wait for the lock") {
            try observer.query(
                "SELECT 1 AS waiting FROM pg_stat_activity WHERE pid = $1 AND wait_event_type = 'Lock'",
                [String(migrator)]
            ).rows.first?.int("waiting")
        }
        usleep(1_000_000)  // longer than the lock timeout: at least one attempt failed
        try holder.execute("ROLLBACK")
        let outcome = migrate.wait()
        #expect(outcome.exitCode == 0, "\(outcome.stdout)\n\(outcome.stderr)")
        #expect(
            outcome.stdout.contains(
                "20260102000000_add_extra.sql: lock timeout (attempt 1 of 7), blocked by pid \(holder.backendPID), "
                    + "application_name 'late reader'"), "\(outcome.stdout)")
        #expect(outcome.stdout.contains("applied 1 migration"))
    }

    @Test func withWaitMigrateWaitsForAConflictingHolderToFinish() throws {
        let (target, folder, arguments) = try setup("waitcli", over: .socket)
        try folder.write("20260102000000_add_extra.sql", "ALTER TABLE busy ADD COLUMN extra int;")
        let holder = try Connection(target, applicationName: "nightly job")
        try holder.execute("SET idle_in_transaction_session_timeout = '1s'; BEGIN; SELECT count(*) FROM busy;")
        let outcome = try DBBinary.run(["migrate", "--wait", "30s"] + arguments)
        #expect(outcome.exitCode == 0, "\(outcome.stdout)\n\(outcome.stderr)")
        #expect(
            outcome.stdout.contains(
                "waiting up to 30s for sessions holding conflicting locks: pid \(holder.backendPID)"))
        #expect(outcome.stdout.contains("applied 1 migration"))
    }

    @Test func statusReportsAnInvalidIndexThatTheNextMigrateRebuilds() throws {
        let (target, folder, arguments) = try setup("invalidcli", over: .socket)
        try Connection(target).execute("INSERT INTO busy VALUES (1, 'a'), (2, 'a')")
        try folder.write(
            "20260102000000_unique_note.sql",
            "-- db:no-transaction\nCREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS busy_note_key ON busy (note);\n")
        let failed = try DBBinary.run(["migrate"] + arguments)
        #expect(failed.exitCode == 2 && failed.stderr.contains("SQLSTATE 23505"), "\(failed.stderr)")
        let status = try DBBinary.run(["status"] + arguments)
        #expect(status.exitCode == 0, "\(status.stderr)")
        #expect(
            status.stdout.contains("invalid indexes (1), left by failed CREATE INDEX CONCURRENTLY"), "\(status.stdout)")
        #expect(
            status.stdout.contains(
                "  public.busy_note_key on public.busy: CREATE UNIQUE INDEX busy_note_key ON public.busy USING btree (note)"
            ))
        let json = try DBBinary.run(["status", "--json"] + arguments)
        let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let invalid = document?["invalid_indexes"] as? [[String: Any]]
        #expect(invalid?.count == 1)
        #expect(
            invalid?.first?["schema"] as? String == "public" && invalid?.first?["name"] as? String == "busy_note_key")
        #expect(invalid?.first?["table"] as? String == "public.busy")
        #expect(invalid?.first?["building_pid"] is NSNull)
        try Connection(target).execute("DELETE FROM busy WHERE id = 2")
        let rerun = try DBBinary.run(["migrate"] + arguments)
        #expect(rerun.exitCode == 0, "\(rerun.stderr)")
        #expect(rerun.stdout.contains("dropped INVALID index public.busy_note_key left by an earlier failed"))
        let after = try DBBinary.run(["status"] + arguments)
        #expect(!after.stdout.contains("invalid indexes"), "\(after.stdout)")
    }

    @Test func aNegativeRetryCountIsRefused() throws {
        let outcome = try DBBinary.run(["migrate", "--lock-retries=-1"])
        #expect(outcome.exitCode == 2)
        #expect(outcome.stderr.contains("--lock-retries must be 0 or more"), "\(outcome.stderr)")
    }

    /// `probe` again every 10 ms until it returns a value (at most 20 s).
    private func poll<T>(_ what: String, _ probe: () throws -> T?) throws -> T {
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if let value = try probe() { return value }
            usleep(10_000)
        }
        throw PollTimeout(what: what)
    }

    private struct PollTimeout: Error, CustomStringConvertible {
        let what: String
        var description: String { "timed out waiting for \(what)" }
    }
}
