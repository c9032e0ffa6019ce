import DBTestSupport
import Foundation
import Migrations
import Postgres
import Testing

@Suite struct MigrateTests {
    @Test func applyRecordsEachFileAndReapplyIsANoOp() throws {
        let fixture = try MigrationFixture("apply")
        try fixture.add("20260101000000", "create_users", "CREATE TABLE users (id int PRIMARY KEY);")
        try fixture.add("20260102000000", "add_email", "ALTER TABLE users ADD COLUMN email text;")
        let applied = try fixture.migrator().migrate()
        #expect(applied.map(\.version) == ["20260101000000", "20260102000000"])
        let rows = try HistoryTable.read(fixture.connect())
        #expect(rows.map(\.name) == ["create_users", "add_email"])
        #expect(rows[0].checksum == sha256Hex(Data("CREATE TABLE users (id int PRIMARY KEY);".utf8)))
        #expect(rows.allSatisfy { $0.appliedBy == "postgres" && $0.executionMs >= 0 })
        #expect(try fixture.migrator().migrate().isEmpty)
        #expect(try fixture.historyVersions().count == 2)
    }

    @Test func historyTableHasExactlyTheDocumentedColumns() throws {
        let fixture = try MigrationFixture("columns")
        try fixture.migrator().migrate()
        let columns = try fixture.connect().execute(
            """
            SELECT string_agg(column_name || ' ' || data_type || ' ' || is_nullable || ' ' ||
                   coalesce(column_default, '-'), ', ' ORDER BY ordinal_position) AS description
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '__migrations'
            """
        ).rows[0].string("description")
        #expect(
            columns
                == "version text NO -, name text NO -, checksum text NO -, "
                + "applied_at timestamp with time zone NO now(), execution_ms integer NO -, "
                + "applied_by text NO CURRENT_USER")
    }

    @Test func failingFileIsRolledBackAndNothingRecorded() throws {
        let fixture = try MigrationFixture("failing")
        try fixture.add("20260101000000", "ok", "CREATE TABLE a (id int);")
        try fixture.add("20260102000000", "bad", "CREATE TABLE b (id int);\n\nSELECT  nope\n  FROM b;\n")
        let failure = #expect(throws: MigrationFailure.self) { try fixture.migrator().migrate() }
        #expect(failure?.fileName == "20260102000000_bad.sql")
        #expect(failure?.line == 3)
        #expect(failure?.error.sqlState == "42703")
        let text = failure.map(String.init(describing:)) ?? ""
        #expect(text.contains("  3 | SELECT  nope\n    |         ^"))
        #expect(try fixture.historyVersions() == ["20260101000000"])
        #expect(try fixture.scalar("SELECT to_regclass('b') IS NULL") == "t")
    }

    @Test func failureWithoutPositionNamesTheFailingStatementLine() throws {
        let fixture = try MigrationFixture("noposition")
        try fixture.add("20260101000000", "dup", "CREATE TABLE a (id int);\n-- again\nCREATE TABLE a (id int);\n")
        let failure = #expect(throws: MigrationFailure.self) { try fixture.migrator().migrate() }
        #expect(failure?.line == 3)
        #expect(failure?.error.sqlState == "42P07")
    }

    @Test func singleTransactionRollsBackTheWholeRun() throws {
        let fixture = try MigrationFixture("single")
        try fixture.add("20260101000000", "ok", "CREATE TABLE a (id int);")
        try fixture.add("20260102000000", "bad", "SELECT 1/0;")
        var options = MigrateOptions()
        options.singleTransaction = true
        #expect(throws: MigrationFailure.self) { try fixture.migrator(options).migrate() }
        #expect(try fixture.historyVersions().isEmpty)
        #expect(try fixture.scalar("SELECT to_regclass('a') IS NULL") == "t")
    }

    @Test func noTransactionFileRunsCreateIndexConcurrently() throws {
        let fixture = try MigrationFixture("notx")
        try fixture.add("20260101000000", "create_users", "CREATE TABLE users (id int, email text);")
        try fixture.add(
            "20260102000000", "index_email",
            "-- db:no-transaction\nCREATE INDEX CONCURRENTLY users_email ON users (email);\n"
                + "CREATE INDEX CONCURRENTLY users_id ON users (id);\n")
        let files = try MigrationDirectory.load(fixture.folder.url)
        #expect(files.map(\.runsInTransaction) == [true, false])
        try fixture.migrator().migrate()
        #expect(
            try fixture.scalar("SELECT count(*) FROM pg_index WHERE indisvalid AND indrelid = 'users'::regclass") == "2"
        )
        #expect(try fixture.historyVersions().count == 2)
    }

    @Test func transactionControlInsideATransactionalFileIsRefused() throws {
        let fixture = try MigrationFixture("txcontrol")
        try fixture.add("20260101000000", "commit", "CREATE TABLE a (id int);\nCOMMIT;\n")
        let refusal = #expect(throws: GateRefusal.self) { try fixture.migrator().migrate() }
        #expect(refusal?.findings.first?.contains("20260101000000_commit.sql:2") == true)
    }

    @Test func syntaxErrorIsReportedBeforeAnythingRuns() throws {
        let fixture = try MigrationFixture("syntax")
        try fixture.add("20260101000000", "ok", "CREATE TABLE a (id int);")
        try fixture.add("20260102000000", "bad", "CREATE TABLE b (id int);\nCREAT TABLE c (id int);\n")
        let error = #expect(throws: MigrationError.self) { try fixture.migrator().migrate() }
        #expect(error.map { String(describing: $0).contains("20260102000000_bad.sql:2") } == true)
        #expect(try fixture.historyVersions().isEmpty)
    }

    @Test func concurrentIndexInATransactionalFileSuggestsTheNoTransactionHeader() throws {
        let fixture = try MigrationFixture("needsnotx")
        try fixture.add(
            "20260101000000", "index", "CREATE TABLE a (id int);\nCREATE INDEX CONCURRENTLY a_id ON a (id);\n")
        let failure = #expect(throws: MigrationFailure.self) { try fixture.migrator().migrate() }
        #expect(failure?.line == 2)
        #expect(failure?.consequence.contains("-- db:no-transaction") == true)
    }

    @Test func statementTimeoutStopsALongMigration() throws {
        let fixture = try MigrationFixture("stmttimeout")
        try fixture.add("20260101000000", "slow", "CREATE TABLE a (id int);\nSELECT pg_sleep(5);\n")
        var options = MigrateOptions()
        options.statementTimeout = 0.2
        let failure = #expect(throws: MigrationFailure.self) { try fixture.migrator(options).migrate() }
        #expect(failure?.error.sqlState == "57014")
        #expect(failure?.line == 2)
        #expect(try fixture.historyVersions().isEmpty)
    }

    @Test func failedNoTransactionFileKeepsEarlierStatementsAndIsNotRecorded() throws {
        let fixture = try MigrationFixture("notxfail")
        try fixture.add(
            "20260101000000", "partial", "-- db:no-transaction\nCREATE TABLE a (id int);\n\nSELECT nope FROM a;\n")
        let failure = #expect(throws: MigrationFailure.self) { try fixture.migrator().migrate() }
        #expect(failure?.line == 4)
        #expect(failure?.consequence.contains("stay applied") == true)
        #expect(try fixture.scalar("SELECT to_regclass('a') IS NOT NULL") == "t")
        #expect(try fixture.historyVersions().isEmpty)
    }
}
