import SQLSyntax
import Testing

@Suite struct SharedParseTests {
    @Test func everyReaderGetsTheOneParse() throws {
        let parse = SharedParse("CREATE TABLE a (id int);\n\nDROP TABLE a;")
        let first = try parse.statements()
        let again = try parse.statements()
        #expect(first.map(\.line) == [1, 3])
        #expect(again.map(\.text) == first.map(\.text))
        #expect(again.map(\.node) == first.map(\.node))
    }

    @Test func aSyntaxErrorIsThrownToEveryReader() {
        let parse = SharedParse("SELECT 1;\nSELEC 2;")
        for _ in 0..<2 {
            #expect(throws: SQLSyntaxError.self) { try parse.statements() }
            #expect((try? parse.statements()) == nil)
        }
        do {
            _ = try parse.statements()
        } catch {
            #expect(error.line == 2)
        }
    }

    @Test func parsesOfTheSameTextAreEqual() {
        #expect(SharedParse("SELECT 1;") == SharedParse("SELECT 1;"))
        #expect(SharedParse("SELECT 1;") != SharedParse("SELECT 2;"))
        #expect(Set([SharedParse("SELECT 1;"), SharedParse("SELECT 1;")]).count == 1)
    }
}
