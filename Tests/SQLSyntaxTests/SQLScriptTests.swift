import Foundation
import SQLSyntax
import Testing

@Suite struct SQLScriptTests {
    @Test func copyDataIsCutOutAndTheRestKeepsItsLines() throws {
        let text = """
            CREATE TABLE t (a int, b text);
            COPY t (a, b) FROM stdin;
            1\tO'Brien
            2\t$$ /* -- \\N

            \\.
            SELECT 1;

            """
        let script = try SQLScript(text)
        #expect(script.copyBlocks.map(\.firstLine) == [3])
        #expect(script.copyBlocks.first?.data == Data("1\tO'Brien\n2\t$$ /* -- \\N\n\n".utf8))
        #expect(try SQLParser.parse(script.parseText).map(\.line) == [1, 2, 7])
        #expect(script.parseText.utf8.count == text.utf8.count)
        #expect(script.sent().sql == "CREATE TABLE t (a int, b text);\nCOPY t (a, b) FROM stdin;\nSELECT 1;\n")
    }

    @Test func copyToStdoutAndCopyFromAFileHaveNoInlineData() throws {
        let script = try SQLScript("COPY t TO STDOUT;\nCOPY t FROM '/tmp/x';\nSELECT 1;\n")
        #expect(script.copyBlocks.isEmpty)
    }

    @Test func copyDataWithoutItsEndIsRefusedAtTheStatement() {
        let error = #expect(throws: SQLScriptError.self) { try SQLScript("SELECT 1;\nCOPY t FROM STDIN;\n1\n2\n") }
        #expect(error?.line == 2)
        #expect(error?.message.contains("not ended by a line \\.") == true)
    }

    @Test(arguments: [
        ("SELECT 1;\n\\set ON_ERROR_STOP on\n", 2, "\\set"),
        ("\\i other.sql\n", 1, "\\i"),
        ("SELECT 1 \\gset\n", 1, "\\gset"),
        ("SELECT 1;\n\\.\n", 2, "\\."),
    ])
    func metaCommandsAreRefusedByName(text: String, line: Int, command: String) {
        let error = #expect(throws: SQLScriptError.self) { try SQLScript(text) }
        #expect(error?.line == line)
        #expect(error?.message.contains("psql meta-command \(command) is not SQL") == true)
    }

    @Test func backslashesInLiteralsCommentsAndBodiesAreSQL() throws {
        let text = """
            SELECT E'\\n', '\\i';
            -- \\i other.sql
            /* \\set x */
            DO $$ BEGIN RAISE NOTICE '%', '
            \\set'; END $$;
            """
        #expect(try SQLScript(text).copyBlocks.isEmpty)
    }

    @Test func invalidUTF8IsRefusedWithLineAndByteOffset() {
        let latin1 = Data("SELECT 1;\nINSERT INTO a VALUES ('caf".utf8) + [0xE9] + Data("');\n".utf8)
        let error = #expect(throws: SQLScriptError.self) { try SQLScript(data: latin1) }
        #expect(error?.line == 2)
        #expect(error?.message.contains("byte offset 36") == true)
        let afterMark = Data([0xEF, 0xBB, 0xBF]) + latin1
        let marked = #expect(throws: SQLScriptError.self) { try SQLScript(data: afterMark) }
        #expect(marked?.message.contains("byte offset 39") == true)
        #expect(throws: SQLScriptError.self) { try SQLScript(data: Data("SELECT 1;\0DROP TABLE a;".utf8)) }
    }

    @Test func aLeadingByteOrderMarkIsDroppedAndLineEndingsDoNotChangeTheChecksumBytes() throws {
        let lf = Data("SELECT 'a\r\nb';\nSELECT 2;\n".utf8)
        let crlf = Data("SELECT 'a\r\nb';\r\nSELECT 2;\r\n".utf8)
        let marked = Data([0xEF, 0xBB, 0xBF]) + crlf
        #expect(try SQLScript(data: marked).text == String(decoding: crlf, as: UTF8.self))
        #expect(try SQLScript(data: lf).checksumBytes == Data("SELECT 'a\nb';\nSELECT 2;\n".utf8))
        #expect(try SQLScript(data: crlf).checksumBytes == SQLScript(data: lf).checksumBytes)
        #expect(try SQLScript(data: marked).checksumBytes == SQLScript(data: lf).checksumBytes)
        let plain = Data("CREATE TABLE a (id int);\n".utf8)
        #expect(try SQLScript(data: plain).checksumBytes == plain)
    }
}
