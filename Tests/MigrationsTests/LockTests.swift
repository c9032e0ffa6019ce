import DBTestSupport
import Foundation
import Migrations
import Postgres
import Testing

@Suite struct LockTests {
    @Test(arguments: Transport.allCases)
    func sessionHoldingAConflictingLockMakesMigrateFailFastWithItsPid(over transport: Transport) throws {
        let fixture = try MigrationFixture("blocked", over: transport)
        try fixture.add("20260101000000", "create_a", "CREATE TABLE a (id int);")
        try fixture.migrator().migrate()
        try fixture.add("20260102000000", "create_b", "CREATE TABLE b (id int);")
        let holder = try Connection(fixture.target, applicationName: "someone's psql")
        try holder.execute("BEGIN; LOCK TABLE public.__migrations IN SHARE MODE;")
        let started = Date()
        let error = #expect(throws: MigrationError.self) { try fixture.migrator().migrate() }
        #expect(Date().timeIntervalSince(started) < 2)
        guard case .blocked(let sessions, .write, _) = error else {
            Issue.record("expected .blocked, got \(String(describing: error))")
            return
        }
        #expect(sessions.map(\.pid) == [Int(holder.backendPID)])
        #expect(sessions.first?.applicationName == "someone's psql")
        #expect(sessions.first?.state == "idle in transaction")
        #expect(sessions.first?.mode == "ShareLock")
        #expect(String(describing: error!).contains("pid \(holder.backendPID)"))
        try holder.execute("ROLLBACK")
        #expect(try fixture.migrator().migrate().count == 1)
    }

    @Test(arguments: Transport.allCases)
    func openReadersOfTheHistoryNeitherBlockMigrateNorSeeAHalfAppliedFile(over transport: Transport) throws {
        let fixture = try MigrationFixture("readers", over: transport)
        try fixture.add("20260101000000", "create_a", "CREATE TABLE a (id int);")
        try fixture.migrator().migrate()
        try fixture.add("20260102000000", "create_b", "CREATE TABLE b (id int);")
        let reader = try Connection(fixture.target, applicationName: "pg_dump")
        try reader.execute("BEGIN ISOLATION LEVEL REPEATABLE READ; SELECT count(*) FROM public.__migrations;")
        let started = Date()
        #expect(try fixture.migrator().migrate().count == 1)
        #expect(Date().timeIntervalSince(started) < 2)
        let seen = try reader.execute("SELECT count(*) AS n FROM public.__migrations")
        #expect(seen.rows[0].int("n") == 1, "the reader's snapshot predates the run")
        try reader.execute("COMMIT")
    }

    @Test(arguments: Transport.allCases)
    func statusFailsFastNamingASessionThatLocksTheHistoryAgainstReaders(over transport: Transport) throws {
        let fixture = try MigrationFixture("statuslocked", over: transport)
        try fixture.migrator().migrate()
        let holder = try Connection(fixture.target, applicationName: "maintenance")
        try holder.execute("BEGIN; LOCK TABLE public.__migrations IN ACCESS EXCLUSIVE MODE;")
        let started = Date()
        let error = #expect(throws: MigrationError.self) { try fixture.migrator().status() }
        #expect(Date().timeIntervalSince(started) < 2)
        guard case .blocked(let sessions, .read, _) = error else {
            Issue.record("expected .blocked reading, got \(String(describing: error))")
            return
        }
        #expect(sessions.map(\.pid) == [Int(holder.backendPID)])
        #expect(sessions.first?.mode == "AccessExclusiveLock")
        try holder.execute("ROLLBACK")
        #expect(try fixture.migrator().status().pending.isEmpty)
    }

    @Test(arguments: Transport.allCases)
    func oldBlockersAreTerminatedWhenAskedAndReported(over transport: Transport) throws {
        let fixture = try MigrationFixture("terminate", over: transport)
        try fixture.migrator().migrate()
        let holder = try Connection(fixture.target, applicationName: "stuck job")
        try holder.execute("BEGIN; LOCK TABLE public.__migrations IN EXCLUSIVE MODE;")
        try fixture.add("20260101000000", "create_a", "CREATE TABLE a (id int);")
        var options = MigrateOptions()
        options.terminateBlockersOlderThan = 0
        var lines: [String] = []
        let migrator = Migrator(
            connection: try fixture.connect(), files: try MigrationDirectory.load(fixture.folder.url),
            options: options, report: { lines.append($0) })
        #expect(try migrator.migrate().count == 1)
        #expect(lines.contains { $0.hasPrefix("terminated blocking session pid \(holder.backendPID)") })
    }

    /// The lock is taken inside a DO block, which the conflict check cannot see into: the lock timeout bounds the
    /// wait, each retry and the final failure name the blocking pid, and nothing is applied.
    @Test(arguments: Transport.allCases)
    func lockTimeoutIsRetriedThenFailsNamingTheBlockingPid(over transport: Transport) throws {
        let fixture = try MigrationFixture("locktimeout", over: transport)
        try fixture.connect().execute("CREATE TABLE busy (id int)")
        let application = try Connection(fixture.target, applicationName: "app server")
        try application.execute("BEGIN; SELECT * FROM busy;")
        try fixture.add(
            "20260101000000", "alter_busy", "DO $$ BEGIN ALTER TABLE busy ADD COLUMN note text; END $$;")
        var options = MigrateOptions()
        options.lockTimeout = 0.5
        options.lockRetries = 2
        var lines: [String] = []
        let migrator = Migrator(
            connection: try fixture.connect(), files: try MigrationDirectory.load(fixture.folder.url),
            options: options, report: { lines.append($0) })
        let failure = #expect(throws: MigrationFailure.self) { try migrator.migrate() }
        #expect(failure?.error.sqlState == "55P03")
        #expect(failure?.attempts == 3)
        #expect(failure?.blockers.map(\.pid) == [Int(application.backendPID)])
        #expect(String(describing: failure!).contains("gave up after 3 attempts"))
        let retries = lines.filter { $0.contains("lock timeout (attempt") }
        #expect(retries.count == 2, "\(lines)")
        #expect(
            retries.allSatisfy {
                $0.contains("blocked by pid \(application.backendPID), application_name 'app server'")
            })
        #expect(
            retries.first?.contains("retrying in 500ms") == true && retries.last?.contains("retrying in 1s") == true)
        #expect(try fixture.historyVersions().isEmpty)
        #expect(
            try fixture.scalar(
                "SELECT count(*) FROM pg_attribute WHERE attrelid = 'busy'::regclass AND attname = 'note'") == "0")
    }

    @Test(arguments: Transport.allCases)
    func secondMigratorWaitsForTheFirst(over transport: Transport) throws {
        let fixture = try MigrationFixture("wait", over: transport)
        try fixture.add("20260101000000", "create_a", "CREATE TABLE a (id int);")
        let other = try Connection(fixture.target, applicationName: "db migrate")
        #expect(try other.tryAdvisoryLock(MigrationLock.key))
        var options = MigrateOptions()
        options.wait = 0.3
        let error = #expect(throws: MigrationError.self) { try fixture.migrator(options).migrate() }
        guard case .lockWaitTimedOut(_, let holders) = error else {
            Issue.record("expected .lockWaitTimedOut, got \(String(describing: error))")
            return
        }
        #expect(holders.map(\.pid) == [Int(other.backendPID)])
        let status = try fixture.migrator().status()
        #expect(status.runningMigrators.map(\.pid) == [Int(other.backendPID)])
        try other.advisoryUnlock(MigrationLock.key)
        #expect(try fixture.migrator(options).migrate().count == 1)
        #expect(try fixture.migrator().status().runningMigrators.isEmpty)
    }
}
