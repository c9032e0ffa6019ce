import DBTestSupport
import Foundation
import Migrations
import Postgres
import Testing

@Suite struct LockTests {
    @Test func sessionHoldingTheHistoryTableMakesMigrateFailFastWithItsPid() throws {
        let fixture = try MigrationFixture("blocked")
        try fixture.add("20260101000000", "create_a", "CREATE TABLE a (id int);")
        try fixture.migrator().migrate()
        try fixture.add("20260102000000", "create_b", "CREATE TABLE b (id int);")
        let holder = try Connection(fixture.target, applicationName: "someone's psql")
        try holder.execute("BEGIN; SELECT count(*) FROM public.__migrations;")
        let started = Date()
        let error = #expect(throws: MigrationError.self) { try fixture.migrator().migrate() }
        #expect(Date().timeIntervalSince(started) < 5)
        guard case .blocked(let sessions, _) = error else {
            Issue.record("expected .blocked, got \(String(describing: error))")
            return
        }
        #expect(sessions.map(\.pid) == [Int(holder.backendPID)])
        #expect(sessions.first?.applicationName == "someone's psql")
        #expect(sessions.first?.state == "idle in transaction")
        #expect(String(describing: error!).contains("pid \(holder.backendPID)"))
        try holder.execute("ROLLBACK")
        #expect(try fixture.migrator().migrate().count == 1)
    }

    @Test func oldBlockersAreTerminatedWhenAskedAndReported() throws {
        let fixture = try MigrationFixture("terminate")
        try fixture.migrator().migrate()
        let holder = try Connection(fixture.target, applicationName: "stuck job")
        try holder.execute("BEGIN; SELECT count(*) FROM public.__migrations;")
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

    @Test func lockTimeoutNamesTheBlockingPid() throws {
        let fixture = try MigrationFixture("locktimeout")
        try fixture.connect().execute("CREATE TABLE busy (id int)")
        let application = try Connection(fixture.target, applicationName: "app server")
        try application.execute("BEGIN; SELECT * FROM busy;")
        try fixture.add("20260101000000", "alter_busy", "ALTER TABLE busy ADD COLUMN note text;")
        var options = MigrateOptions()
        options.lockTimeout = 1.5
        let failure = #expect(throws: MigrationFailure.self) { try fixture.migrator(options).migrate() }
        #expect(failure?.error.sqlState == "55P03")
        #expect(failure?.blockers.map(\.pid) == [Int(application.backendPID)])
        #expect(try fixture.historyVersions().isEmpty)
    }

    @Test func secondMigratorWaitsForTheFirst() throws {
        let fixture = try MigrationFixture("wait")
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
        try other.advisoryUnlock(MigrationLock.key)
        #expect(try fixture.migrator(options).migrate().count == 1)
    }
}
