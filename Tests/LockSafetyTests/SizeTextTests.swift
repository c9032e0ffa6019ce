import LockSafety
import Testing

@Suite struct SizeTextTests {
    @Test func rowsBytesAndDurationsReadAsInTheIssue() {
        #expect(SizeText.rows(1) == "1 row")
        #expect(SizeText.rows(812) == "812 rows")
        #expect(SizeText.rows(12_345) == "12 k rows")
        #expect(SizeText.rows(999_990) == "1 M rows")
        #expect(SizeText.rows(1_500_000) == "1.5 M rows")
        #expect(SizeText.rows(48_000_000) == "48 M rows")
        #expect(SizeText.bytes(8192) == "8 kB")
        #expect(SizeText.bytes(1000) == "1000 bytes")
        #expect(SizeText.bytes(31 * 1024 * 1024 * 1024) == "31 GB")
        #expect(SizeText.duration(0) == "~0 s")
        #expect(SizeText.duration(0.2) == "<1 s")
        #expect(SizeText.duration(40) == "~40 s")
        #expect(SizeText.duration(360) == "~6 min")
        #expect(SizeText.duration(9000) == "~2.5 h")
    }
}
