import CPgQuery
import Foundation
import Testing

@testable import SQLSyntax

@Suite struct ParseTreeJSONTests {
    /// SQL whose parse trees hold every JSON shape libpg_query prints: nested objects and lists, integers,
    /// booleans, escaped and non-ASCII strings.
    static let scripts = [
        "CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, note text DEFAULT 'a\"b\\\\c');",
        "SELECT 1, -2, 2.5e3, true, false, NULL, E'tab\\there\\nline\\x01', 'Grüße 😀 \u{2028}' FROM t WHERE id > 0;",
        "CREATE INDEX CONCURRENTLY ON t (lower(note)) WHERE note IS NOT NULL; DROP TABLE IF EXISTS u CASCADE;",
        "DO $$ BEGIN RAISE NOTICE 'x'; END $$; ALTER TABLE t ADD CONSTRAINT c CHECK (id < 9007199254740993);",
    ]

    @Test(arguments: scripts) func decodesLibpgQueryTreesLikeJSONDecoder(_ sql: String) throws {
        let result = pg_query_parse(sql)
        defer { pg_query_free_parse_result(result) }
        let json = try #require(result.parse_tree)
        let expected = try JSONDecoder().decode(DecodedByJSONDecoder.self, from: Data(String(cString: json).utf8))
        #expect(ParseTreeJSON.decode(json) == expected.node)
    }

    @Test func readsEscapesNumbersAndLiterals() {
        let json = #"""
             { "s": "q\" b\\ s\/ \b\f\n\r\t \u00e9\u20AC \ud83d\ude00 raw é",
               "n": [0, -17, 1.5, -2e3, 12345678901234567890], "t": true, "f": false, "z": null, "e": {}, "a": [] }
            """#
        #expect(
            ParseTreeJSON.decode(json)
                == .object([
                    "s": .string("q\" b\\ s/ \u{8}\u{C}\n\r\t é€ 😀 raw é"),
                    "n": .array([
                        .number(0), .number(-17), .number(1.5), .number(-2000),
                        .number(Double("12345678901234567890")!),
                    ]),
                    "t": .bool(true), "f": .bool(false), "z": .null, "e": .object([:]), "a": .array([]),
                ]))
    }

    @Test(arguments: [
        "", "{", #"{"a":1,}"#, "[1,]", #"{"a" 1}"#, #""abc"#, "tru", #"{"a":1} x"#, #""\x""#, "-", #""\u12""#,
        #""\ud83d\u0041""#, #""\udc00""#,
    ])
    func refusesMalformedJSON(_ json: String) {
        #expect(ParseTreeJSON.decode(json) == nil)
    }

    /// JSONDecoder refused trees nested deeper than 512 levels ("not valid JSON"), i.e. a sum of ~250 terms.
    @Test func parsesExpressionsNestedDeeperThanJSONDecoderAllowed() throws {
        let sum = Array(repeating: "1", count: 400).joined(separator: " + ")
        let sql = "CREATE TABLE d (x int CHECK (x < \(sum))); SELECT 1;"
        let result = pg_query_parse(sql)
        defer { pg_query_free_parse_result(result) }
        let json = Data(String(cString: try #require(result.parse_tree)).utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(DecodedByJSONDecoder.self, from: json) }
        let statements = try SQLParser.parse(sql)
        #expect(statements.map(\.node.tagged?.kind) == ["CreateStmt", "SelectStmt"])
        #expect(statements[1].line == 1)
    }
}

/// The decoding `ParseTreeJSON` replaced (JSONDecoder, trying one type after another): the oracle it must match.
private struct DecodedByJSONDecoder: Decodable {
    let node: ParseNode

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            node = .null
        } else if let fields = try? container.decode([String: DecodedByJSONDecoder].self) {
            node = .object(fields.mapValues(\.node))
        } else if let items = try? container.decode([DecodedByJSONDecoder].self) {
            node = .array(items.map(\.node))
        } else if let text = try? container.decode(String.self) {
            node = .string(text)
        } else if let number = try? container.decode(Double.self) {
            node = .number(number)
        } else {
            node = .bool(try container.decode(Bool.self))
        }
    }
}
