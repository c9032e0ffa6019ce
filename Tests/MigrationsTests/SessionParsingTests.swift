import DBTestSupport
import Foundation
import Migrations
import Testing

/// A file cannot make the server read the next one differently from the gates: each file and each statement of
/// a no-transaction file is sent only while the session reads SQL as libpg_query does.
@Suite struct SessionParsingTests {
    /// With `standard_conforming_strings = off`, `'a\' , '` is one string and the DROP between the literals runs;
    /// libpg_query (and so the gate) reads the DROP inside the second literal.
    private static let hiddenDrop = "SELECT 'a\\' , ' ; DROP TABLE precious; SELECT ' ; -- ';\n"

    private func fixtureWithPreciousTable(_ label: String) throws -> MigrationFixture {
        let fixture = try MigrationFixture(label)
        try fixture.add("20260101000000", "create", "CREATE TABLE precious (id int);")
        try fixture.migrator().migrate()
        return fixture
    }

    private func preciousExists(_ fixture: MigrationFixture) throws -> Bool {
        try fixture.scalar("SELECT to_regclass('precious') IS NOT NULL") == "t"
    }

    @Test func aFileTurningStandardConformingStringsOffStopsTheRunBeforeTheNextFile() throws {
        let fixture = try fixtureWithPreciousTable("scs_off")
        try fixture.add("20260101000001", "legacy", "SET standard_conforming_strings = off;")
        try fixture.add("20260101000002", "innocent", Self.hiddenDrop)
        let error = #expect(throws: MigrationError.self) { try fixture.migrator().migrate() }
        #expect(try preciousExists(fixture))
        #expect(try fixture.historyVersions() == ["20260101000000", "20260101000001"])
        let message = error.map { "\($0)" } ?? ""
        #expect(message.contains("refusing to send 20260101000002_innocent.sql"), "\(message)")
        #expect(message.contains("standard_conforming_strings is off"), "\(message)")
    }

    @Test func aStatementOfANoTransactionFileCannotChangeHowTheNextOneIsRead() throws {
        let fixture = try fixtureWithPreciousTable("scs_off_notx")
        try fixture.add(
            "20260101000001", "legacy",
            "-- db:no-transaction\nSELECT set_config('standard_conforming_strings', 'off', false);\n"
                + Self.hiddenDrop)
        let error = #expect(throws: MigrationError.self) { try fixture.migrator().migrate() }
        #expect(try preciousExists(fixture))
        #expect("\(error.map { "\($0)" } ?? "")".contains("refusing to send 20260101000001_legacy.sql:3"))
    }

    @Test func aFileSwitchingToAClientEncodingThatSwallowsBackslashesStopsTheRun() throws {
        // In SJIS, the UTF-8 bytes of "Á" (C3 81) followed by "\" (5C) read as two characters without the
        // backslash, so the quote after it closes the literal the gate sees as still open.
        let fixture = try fixtureWithPreciousTable("sjis")
        try fixture.add("20260101000001", "encoding", "SET client_encoding = 'SJIS';")
        try fixture.add("20260101000002", "innocent", "SELECT E'Á\\' ; DROP TABLE precious; -- ';\n")
        let error = #expect(throws: MigrationError.self) { try fixture.migrator().migrate() }
        #expect(try preciousExists(fixture))
        #expect("\(error.map { "\($0)" } ?? "")".contains("client_encoding is SJIS"))
    }
}
