import SQLSyntax
import Testing

/// `singleLine` and `sqlLineComment`, checked as properties over every pairing of hostile text pieces: the result is
/// one line for every reader (Postgres's scanner, editors, `split` on line breaks), and a comment made of it hides no
/// statement from libpg_query.
@Suite struct SingleLineTests {
    /// Pieces that try to end a comment or a line, or to confuse quoting and display.
    static let pieces = [
        "\n", "\r", "\r\n", "--", "/*", "*/", ";", "'", "\"", "\\", "$$", "\t", "\u{0B}", "\u{0C}", "\u{7F}",
        "\u{85}", "\u{2028}", "\u{2029}", "\u{202E}", "\u{2066}", "ü€😀", "\nDROP TABLE keep; --",
    ]

    static let texts: [String] = pieces.flatMap { first in pieces.map { "name" + first + "x" + $0 } }

    @Test func resultHasNoLineBreakControlOrBidiCharacter() {
        for text in Self.texts {
            let line = singleLine(text)
            let offending = line.unicodeScalars.filter { scalar in
                switch scalar.properties.generalCategory {
                case .control, .lineSeparator, .paragraphSeparator: return true
                default: return scalar.properties.isBidiControl
                }
            }
            #expect(offending.isEmpty, "\(line.debugDescription) from \(text.debugDescription)")
            #expect(line.split(whereSeparator: \.isNewline).count == 1, "\(line.debugDescription)")
        }
    }

    @Test func commentHidesNoStatementFromThePostgresParser() throws {
        for text in Self.texts {
            let script = sqlLineComment("destructive: drop table " + text) + "\nSELECT 1;\n"
            let statements = try SQLParser.parse(script)
            #expect(statements.count == 1, "\(script.debugDescription)")
            #expect(statements.first?.node.tagged?.kind == "SelectStmt", "\(script.debugDescription)")
        }
    }

    @Test func lineBreaksAreShownAsEscapesAndOtherTextIsKept() {
        #expect(singleLine("evil\nDROP TABLE keep; --") == #"evil\nDROP TABLE keep; --"#)
        #expect(singleLine("a\r\nb\tc\u{2028}d\u{202E}e") == #"a\r\nb\tc\u{2028}d\u{202e}e"#)
        #expect(singleLine(#"it's "quoted" \ ü€😀 /* $$ */ ;"#) == #"it's "quoted" \ ü€😀 /* $$ */ ;"#)
        #expect(sqlLineComment("") == "--")
        #expect(sqlLineComment("  safer: x") == "--   safer: x")
    }
}
