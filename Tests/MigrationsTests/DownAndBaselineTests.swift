import DBTestSupport
import Foundation
import Migrations
import Postgres
import Testing

@Suite struct DownAndBaselineTests {
    private func threeMigrations(_ label: String) throws -> MigrationFixture {
        let fixture = try MigrationFixture(label)
        try fixture.add("20260101000000", "create_a", "CREATE TABLE a (id int);", down: "DROP TABLE a;")
        try fixture.add("20260102000000", "create_b", "CREATE TABLE b (id int);", down: "DROP TABLE b;")
        try fixture.add(
            "20260103000000", "index_b", "-- db:no-transaction\nCREATE INDEX CONCURRENTLY b_id ON b (id);",
            down: "-- db:no-transaction\nDROP INDEX CONCURRENTLY b_id;")
        return fixture
    }

    @Test func downRollsBackStepsInReverseAndRemovesHistoryRows() throws {
        let fixture = try threeMigrations("down")
        try fixture.migrator().migrate()
        let rolledBack = try fixture.migrator().rollback(steps: 2)
        #expect(rolledBack.map(\.version) == ["20260103000000", "20260102000000"])
        #expect(try fixture.historyVersions() == ["20260101000000"])
        #expect(try fixture.scalar("SELECT to_regclass('b') IS NULL") == "t")
        try fixture.migrator().migrate()
        #expect(try fixture.migrator().rollback(to: "20260101000000").count == 2)
        #expect(try fixture.migrator().rollback(to: "0").count == 1)
        #expect(try fixture.historyVersions().isEmpty)
        #expect(try fixture.scalar("SELECT to_regclass('a') IS NULL") == "t")
    }

    @Test func downIsRefusedWhenADownFileIsMissing() throws {
        let fixture = try MigrationFixture("downmissing")
        try fixture.add("20260101000000", "create_a", "CREATE TABLE a (id int);", down: "DROP TABLE a;")
        try fixture.add("20260102000000", "create_b", "CREATE TABLE b (id int);")
        try fixture.migrator().migrate()
        let refusal = #expect(throws: GateRefusal.self) { try fixture.migrator().rollback(steps: 2) }
        #expect(refusal?.findings.first?.contains("20260102000000_create_b.down.sql is missing") == true)
        #expect(try fixture.historyVersions().count == 2)
    }

    @Test func baselineRecordsFilesWithoutRunningThemAndRefusesExistingHistory() throws {
        let fixture = try threeMigrations("baseline")
        try fixture.connect().execute("CREATE TABLE a (id int); CREATE TABLE b (id int);")
        let adopted = try fixture.migrator().baseline("20260102000000")
        #expect(adopted.count == 2)
        #expect(try HistoryTable.read(fixture.connect()).map(\.executionMs) == [0, 0])
        #expect(try fixture.migrator().migrate().map(\.version) == ["20260103000000"])
        #expect(throws: GateRefusal.self) { try fixture.migrator().baseline("20260103000000") }
        #expect(throws: MigrationError.self) { try MigrationFixture("baseline").migrator().baseline("20990101000000") }
    }
}
