import DBTestSupport
import Foundation
import Migrations
import Testing

/// Files are read and sent as written: UTF-8 only, a leading BOM dropped, COPY data through the COPY protocol.
@Suite struct ScriptReadingTests {
    @Test func copyFromStdinLoadsInlineDataInEveryTransactionMode() throws {
        let fixture = try MigrationFixture("copy")
        try fixture.add(
            "20260101000000", "seed",
            "CREATE TABLE people (id int, name text);\nCOPY people (id, name) FROM stdin;\n1\tO'Brien\n2\t\\N\n\\.\n"
                + "INSERT INTO people VALUES (3, 'after');\n")
        try fixture.add(
            "20260101000001", "more",
            "-- db:no-transaction\nCOPY people FROM STDIN WITH (FORMAT csv);\n4,\"x;y\"\n\\.\n")
        #expect(try fixture.migrator().migrate().count == 2)
        #expect(
            try fixture.scalar("SELECT string_agg(id || '=' || coalesce(name, 'NULL'), ',' ORDER BY id) FROM people")
                == "1=O'Brien,2=NULL,3=after,4=x;y")
    }

    @Test func aBadCopyRowIsReportedAtItsLineInTheFile() throws {
        let fixture = try MigrationFixture("copybad")
        try fixture.add(
            "20260101000000", "seed", "CREATE TABLE n (id int);\n\nCOPY n FROM stdin;\n1\ntwo\n\\.\n")
        let failure = #expect(throws: MigrationFailure.self) { try fixture.migrator().migrate() }
        #expect(failure?.line == 5)
        #expect(failure?.description.contains("5 | two") == true)
    }

    @Test func aFileThatIsNotUTF8IsRefusedBeforeAnythingIsSent() throws {
        let fixture = try MigrationFixture("latin1")
        try fixture.add("20260101000000", "create", "CREATE TABLE a (t text);")
        let bytes = Data("INSERT INTO a VALUES ('caf".utf8) + [0xE9] + Data("');\n".utf8)
        try bytes.write(to: fixture.folder.url.appendingPathComponent("20260101000001_insert.sql"))
        let error = #expect(throws: MigrationError.self) { try fixture.migrator() }
        let text = error.map(String.init(describing:)) ?? ""
        #expect(
            text.contains("20260101000001_insert.sql:1: a byte sequence that is not UTF-8 (0xe9) at byte offset 26"))
    }

    @Test func byteOrderMarkAndCRLFRunAsWrittenAndKeepTheChecksum() throws {
        let fixture = try MigrationFixture("crlf")
        let lf = "-- db:no-transaction\nCREATE TABLE a (t text);\nINSERT INTO a VALUES ('x\r\ny');\n"
        let plain = "CREATE TABLE b (id int);\n"
        try fixture.add("20251231000000", "plain", plain)
        let crlf = lf.replacingOccurrences(of: ";\n", with: ";\r\n").replacingOccurrences(
            of: "transaction\n", with: "transaction\r\n")
        let file = fixture.folder.url.appendingPathComponent("20260101000000_create.sql")
        try (Data([0xEF, 0xBB, 0xBF]) + Data(crlf.utf8)).write(to: file)
        let loaded = try MigrationDirectory.load(fixture.folder.url)
        #expect(!loaded[1].runsInTransaction)
        #expect(try fixture.migrator().migrate().count == 2)
        #expect(try fixture.scalar("SELECT t = E'x\\r\\ny' FROM a") == "t")
        try Data(lf.utf8).write(to: file)
        #expect(try MigrationDirectory.load(fixture.folder.url)[0].checksum == sha256Hex(Data(plain.utf8)))
        #expect(try fixture.migrator().status().problems.isEmpty)
        try fixture.connect().query(
            "UPDATE __migrations SET checksum = $1 WHERE version = $2", [sha256Hex(Data(lf.utf8)), "20260101000000"])
        #expect(try fixture.migrator().status().problems.isEmpty)
    }
}
