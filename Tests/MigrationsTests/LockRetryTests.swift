import DBTestSupport
import Foundation
import Migrations
import Postgres
import Testing

/// A lock timeout is retried with a growing pause, each retry reported with its blocker; a `CREATE INDEX
/// CONCURRENTLY` that failed leaves an INVALID index, which is dropped before the index is built again.
@Suite struct LockRetryTests {
    /// A migrator whose reports go to `report`, with a short lock timeout.
    private func retryingMigrator(_ fixture: MigrationFixture, retries: Int = 3, report: @escaping (String) -> Void)
        throws
        -> Migrator
    {
        var options = MigrateOptions()
        options.lockTimeout = 0.5
        options.lockRetries = retries
        return Migrator(
            connection: try fixture.connect(), files: try MigrationDirectory.load(fixture.folder.url),
            options: options, report: report)
    }

    /// The lock is taken inside a DO block, which the conflict check cannot see into, so the file meets the holder
    /// at its lock timeout; the holder ends when the first retry is announced.
    @Test(arguments: Transport.allCases)
    func aFileRolledBackByALockTimeoutIsRetriedAndAppliedOnceTheHolderEnds(over transport: Transport) throws {
        let fixture = try MigrationFixture("retry", over: transport)
        try fixture.connect().execute("CREATE TABLE busy (id int)")
        try fixture.add(
            "20260101000000", "alter_busy",
            "CREATE TABLE audit (id int);\nDO $$ BEGIN ALTER TABLE busy ADD COLUMN note text; END $$;")
        let holder = try Connection(fixture.target, applicationName: "app server")
        try holder.execute("BEGIN; SELECT * FROM busy;")
        var lines: [String] = []
        let migrator = try retryingMigrator(fixture) { line in
            lines.append(line)
            if line.contains("lock timeout") { _ = try? holder.execute("ROLLBACK") }
        }
        #expect(try migrator.migrate().count == 1)
        let retries = lines.filter { $0.contains("lock timeout") }
        #expect(retries.count == 1, "\(lines)")
        #expect(
            retries.first?.contains(
                "20260101000000_alter_busy.sql: lock timeout (attempt 1 of 4), blocked by pid \(holder.backendPID)")
                == true, "\(retries)")
        #expect(retries.first?.contains("rolled back, retrying in 500ms") == true)
        #expect(try fixture.historyVersions() == ["20260101000000"])
        #expect(try fixture.scalar("SELECT count(*) FROM pg_class WHERE relname = 'audit'") == "1")
    }

    /// `CREATE INDEX CONCURRENTLY` waits for transactions older than its build; one that stays open makes it time
    /// out after the index was created INVALID. The retry drops that index and builds it again.
    @Test(arguments: Transport.allCases)
    func aConcurrentBuildThatTimedOutIsDroppedAndBuiltAgain(over transport: Transport) throws {
        let fixture = try MigrationFixture("cicretry", over: transport)
        try fixture.connect().execute("CREATE TABLE busy (id int, note text); INSERT INTO busy VALUES (1, 'a');")
        try fixture.add(
            "20260101000000", "index_busy",
            "-- db:no-transaction\nCREATE INDEX CONCURRENTLY IF NOT EXISTS busy_note_idx ON busy (note);\n")
        let reader = try Connection(fixture.target, applicationName: "long report")
        try reader.execute("BEGIN ISOLATION LEVEL REPEATABLE READ; SELECT count(*) FROM pg_class;")
        var lines: [String] = []
        let migrator = try retryingMigrator(fixture) { line in
            lines.append(line)
            if line.contains("lock timeout") { _ = try? reader.execute("COMMIT") }
        }
        #expect(try migrator.migrate().count == 1)
        #expect(
            lines.contains {
                $0.contains(
                    "20260101000000_index_busy.sql:2: lock timeout (attempt 1 of 4), blocked by pid \(reader.backendPID)"
                )
            }, "\(lines)")
        #expect(
            lines.contains {
                $0 == "  20260101000000_index_busy.sql:2: dropped INVALID index public.busy_note_idx left by an "
                    + "earlier failed CREATE INDEX CONCURRENTLY; building it again"
            }, "\(lines)")
        #expect(
            try fixture.scalar("SELECT indisvalid FROM pg_index WHERE indexrelid = 'busy_note_idx'::regclass") == "t")
        #expect(try fixture.migrator().status().invalidIndexes.isEmpty)
    }

    @Test func anInvalidIndexLeftByAnEarlierRunIsReportedThenDroppedAndRebuiltByTheNextRun() throws {
        let fixture = try MigrationFixture("cicleftover")
        try fixture.connect().execute(
            "CREATE TABLE busy (id int, note text); INSERT INTO busy VALUES (1, 'a'), (2, 'a');")
        try fixture.add(
            "20260101000000", "unique_note",
            "-- db:no-transaction\nCREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS busy_note_key ON busy (note);\n")
        let failure = #expect(throws: MigrationFailure.self) { try fixture.migrator().migrate() }
        #expect(failure?.error.sqlState == "23505")
        let invalid = try fixture.migrator().status().invalidIndexes
        #expect(invalid.map(\.index) == ["public.busy_note_key"])
        #expect(invalid.first?.table == "public.busy")
        #expect(invalid.first?.definition == "CREATE UNIQUE INDEX busy_note_key ON public.busy USING btree (note)")
        #expect(invalid.first?.buildingPID == nil)
        try fixture.connect().execute("DELETE FROM busy WHERE id = 2")
        var lines: [String] = []
        let migrator = try retryingMigrator(fixture) { lines.append($0) }
        #expect(try migrator.migrate().count == 1)
        #expect(lines.contains { $0.contains("dropped INVALID index public.busy_note_key") }, "\(lines)")
        #expect(
            try fixture.scalar("SELECT indisvalid FROM pg_index WHERE indexrelid = 'busy_note_key'::regclass") == "t")
        #expect(try fixture.migrator().status().invalidIndexes.isEmpty)
    }

    @Test func aStatementThatMayCommitPartOfItsWorkIsNotRetried() throws {
        let fixture = try MigrationFixture("noretry")
        try fixture.connect().execute("CREATE TABLE busy (id int)")
        try fixture.add(
            "20260101000000", "alter_busy",
            "-- db:no-transaction\nDO $$ BEGIN ALTER TABLE busy ADD COLUMN note text; END $$;\n")
        let holder = try Connection(fixture.target, applicationName: "app server")
        try holder.execute("BEGIN; SELECT * FROM busy;")
        var lines: [String] = []
        let failure = #expect(throws: MigrationFailure.self) {
            try retryingMigrator(fixture) { lines.append($0) }.migrate()
        }
        #expect(failure?.error.sqlState == "55P03")
        #expect(failure?.attempts == 1)
        #expect(failure?.consequence.contains("not retried: a DO block or procedure run outside a transaction") == true)
        #expect(!lines.contains { $0.contains("lock timeout") })
    }
}
