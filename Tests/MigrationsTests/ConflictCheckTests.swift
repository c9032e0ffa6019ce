import DBTestSupport
import Foundation
import Migrations
import Postgres
import Testing

/// Before a file runs, other sessions' granted locks that conflict with the locks it takes fail it within a second,
/// naming the relation, the lock wanted and the holder; nothing from it is applied.
@Suite struct ConflictCheckTests {
    /// The eight modes, as `LOCK TABLE` names them, with `CREATE INDEX` (which takes SHARE) conflicting per the
    /// documentation's table 13.2.
    static let modesAgainstCreateIndex: [(mode: String, conflicts: Bool)] = [
        ("ACCESS SHARE", false), ("ROW SHARE", false), ("ROW EXCLUSIVE", true), ("SHARE UPDATE EXCLUSIVE", true),
        ("SHARE", false), ("SHARE ROW EXCLUSIVE", true), ("EXCLUSIVE", true), ("ACCESS EXCLUSIVE", true),
    ]

    /// `pg_locks.mode` of a mode as `LOCK TABLE` names it: `ROW EXCLUSIVE` → `RowExclusiveLock`.
    static func pgLocksName(_ mode: String) -> String {
        mode.split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined() + "Lock"
    }

    /// A database with `busy` (applied by the first migration) and a pending file running `statement`.
    private func fixture(_ label: String, over transport: Transport, pending statement: String) throws
        -> MigrationFixture
    {
        let fixture = try MigrationFixture(label, over: transport)
        try fixture.add("20260101000000", "create_busy", "CREATE TABLE busy (id int, note text);")
        try fixture.migrator().migrate()
        try fixture.add("20260102000000", "change_busy", statement)
        return fixture
    }

    @Test(arguments: Transport.allCases, modesAgainstCreateIndex.map(\.mode))
    func aHolderOfAConflictingModeFailsCreateIndexFastAndOthersLetItRun(over transport: Transport, mode: String)
        throws
    {
        let fixture = try fixture("conflict", over: transport, pending: "CREATE INDEX busy_note ON busy (note);")
        let holder = try Connection(fixture.target, applicationName: "report job")
        try holder.execute("BEGIN; LOCK TABLE busy IN \(mode) MODE;")
        let conflicts = Self.modesAgainstCreateIndex.first { $0.mode == mode }!.conflicts
        let started = Date()
        guard conflicts else {
            #expect(try fixture.migrator().migrate().count == 1)
            #expect(try fixture.historyVersions() == ["20260101000000", "20260102000000"])
            return
        }
        let error = #expect(throws: MigrationError.self) { try fixture.migrator().migrate() }
        #expect(Date().timeIntervalSince(started) < 1, "took \(Date().timeIntervalSince(started)) s")
        guard case .conflictingLocks(let found, _, _) = error else {
            Issue.record("expected .conflictingLocks, got \(String(describing: error))")
            return
        }
        #expect(found.map(\.holder.pid) == [Int(holder.backendPID)])
        #expect(found.first?.relation == "public.busy")
        #expect(found.first?.wantedMode == "SHARE")
        #expect(found.first?.line == 1)
        #expect(found.first?.holder.mode == Self.pgLocksName(mode))
        let message = String(describing: error!)
        #expect(message.contains("public.busy: 20260102000000_change_busy.sql:1 needs SHARE"))
        #expect(
            message.contains("pid \(holder.backendPID), application_name 'report job', state 'idle in transaction'"))
        #expect(message.contains("LOCK TABLE busy IN \(mode) MODE"))
        #expect(try fixture.historyVersions() == ["20260101000000"])
        #expect(try fixture.scalar("SELECT to_regclass('busy_note') IS NULL") == "t")
    }

    @Test(arguments: modesAgainstCreateIndex.map(\.mode))
    func everyHeldModeConflictsWithAddColumn(mode: String) throws {
        let fixture = try fixture("addcolumn", over: .socket, pending: "ALTER TABLE busy ADD COLUMN extra int;")
        let holder = try Connection(fixture.target, applicationName: "app server")
        try holder.execute("BEGIN; LOCK TABLE busy IN \(mode) MODE;")
        let started = Date()
        let error = #expect(throws: MigrationError.self) { try fixture.migrator().migrate() }
        #expect(Date().timeIntervalSince(started) < 1)
        guard case .conflictingLocks(let found, _, _) = error else {
            Issue.record("expected .conflictingLocks, got \(String(describing: error))")
            return
        }
        #expect(found.map(\.holder.pid) == [Int(holder.backendPID)])
        #expect(found.first?.wantedMode == "ACCESS EXCLUSIVE")
        #expect(try fixture.historyVersions() == ["20260101000000"])
    }

    @Test func aHolderOnAPartitionConflictsWithAnIndexOnItsParent() throws {
        let fixture = try MigrationFixture("partition")
        try fixture.add(
            "20260101000000", "create_events",
            """
            CREATE TABLE events (at date NOT NULL, note text) PARTITION BY RANGE (at);
            CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
            """)
        try fixture.migrator().migrate()
        try fixture.add("20260102000000", "index_events", "CREATE INDEX events_note ON events (note);")
        let writer = try Connection(fixture.target, applicationName: "importer")
        try writer.execute("BEGIN; INSERT INTO events_2026 VALUES ('2026-05-01', 'x');")
        let error = #expect(throws: MigrationError.self) { try fixture.migrator().migrate() }
        guard case .conflictingLocks(let found, _, _) = error else {
            Issue.record("expected .conflictingLocks, got \(String(describing: error))")
            return
        }
        #expect(found.map(\.relation) == ["public.events_2026"])
        #expect(found.first?.holder.mode == "RowExclusiveLock")
    }

    @Test func shortTransactionsComingAndGoingAreNotConflicts() throws {
        let fixture = try fixture("transient", over: .socket, pending: "ALTER TABLE busy ADD COLUMN extra int;")
        let stop = Flag()
        let traffic = Thread { [target = fixture.target] in
            guard let reader = try? Connection(target, applicationName: "web") else { return }
            while !stop.isSet {
                _ = try? reader.execute("BEGIN; SELECT * FROM busy; SELECT pg_sleep(0.03); COMMIT;")
            }
        }
        traffic.start()
        defer { stop.set() }
        usleep(100_000)
        #expect(try fixture.migrator().migrate().count == 1)
    }

    @Test func withWaitItWaitsForTheHolderToFinishInsteadOfFailing() throws {
        let fixture = try fixture("wait", over: .socket, pending: "ALTER TABLE busy ADD COLUMN extra int;")
        let holder = try Connection(fixture.target, applicationName: "nightly job")
        // The holder ends its own transaction after a second, while the migrator waits.
        try holder.execute(
            "SET idle_in_transaction_session_timeout = '1s'; BEGIN; LOCK TABLE busy IN ACCESS SHARE MODE;")
        var options = MigrateOptions()
        options.waitForConflictingLocks = 20
        var lines: [String] = []
        let migrator = Migrator(
            connection: try fixture.connect(), files: try MigrationDirectory.load(fixture.folder.url),
            options: options, report: { lines.append($0) })
        #expect(try migrator.migrate().count == 1)
        #expect(
            lines.contains {
                $0.hasPrefix("waiting up to 20s for sessions holding conflicting locks: pid \(holder.backendPID)")
            })
    }

    @Test func oldConflictingHoldersAreTerminatedWhenAsked() throws {
        let fixture = try fixture("terminate", over: .socket, pending: "ALTER TABLE busy ADD COLUMN extra int;")
        let holder = try Connection(fixture.target, applicationName: "forgotten psql")
        try holder.execute("BEGIN; SELECT * FROM busy;")
        var options = MigrateOptions()
        options.terminateBlockersOlderThan = 0
        var lines: [String] = []
        let migrator = Migrator(
            connection: try fixture.connect(), files: try MigrationDirectory.load(fixture.folder.url),
            options: options, report: { lines.append($0) })
        #expect(try migrator.migrate().count == 1)
        #expect(lines.contains { $0.hasPrefix("terminated blocking session pid \(holder.backendPID)") })
    }

    @Test func singleTransactionChecksEveryFileBeforeItBegins() throws {
        let fixture = try fixture("single", over: .socket, pending: "CREATE TABLE other (id int);")
        try fixture.add("20260103000000", "alter_busy", "ALTER TABLE busy ADD COLUMN extra int;")
        let holder = try Connection(fixture.target, applicationName: "app server")
        try holder.execute("BEGIN; SELECT * FROM busy;")
        var options = MigrateOptions()
        options.singleTransaction = true
        let error = #expect(throws: MigrationError.self) { try fixture.migrator(options).migrate() }
        guard case .conflictingLocks(let found, _, _) = error else {
            Issue.record("expected .conflictingLocks, got \(String(describing: error))")
            return
        }
        #expect(found.first?.fileName == "20260103000000_alter_busy.sql")
        #expect(try fixture.scalar("SELECT to_regclass('other') IS NULL") == "t", "nothing of the run was applied")
    }
}

/// A flag one thread sets and another reads.
final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
