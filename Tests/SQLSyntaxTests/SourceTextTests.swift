import SQLSyntax
import Testing

@Suite struct SourceTextLineTests {
    /// The binary search over newline offsets gives what counting newlines before the offset gives.
    @Test func lineOfEveryOffsetMatchesCountingNewlines() {
        let text = "\nSELECT 1;\r\n-- é\n\n  SELECT 'a\nb';"
        let source = SourceText(text)
        let bytes = Array(text.utf8)
        for offset in -1...(bytes.count + 2) {
            let counted = 1 + bytes.prefix(max(0, offset)).filter { $0 == UInt8(ascii: "\n") }.count
            #expect(source.line(atByte: offset) == counted, "offset \(offset)")
        }
    }
}
