@testable import DBCommands
import Foundation
import Testing

/// `StableJSONEncoder` writes the same bytes as `JSONEncoder` with pretty-printing, sorted keys and unescaped slashes.
@Suite struct StableJSONEncoderTests {
    enum Shape: Codable, Equatable {
        case point
        case circle(radius: Int)
        case labelled(String, [String])
    }

    enum Mood: String, Codable {
        case calm
        case odd = "odd \"mood\""
    }

    struct Sample: Codable {
        var text =
            "quote \" backslash \\ slash / tab \t newline \n return \r backspace \u{08} form feed \u{0C} "
            + "bell \u{07} unit \u{1F} del \u{7F} é ✓ 🐘"
        var empty = ""
        var missing: String? = nil
        var present: String? = "here"
        var explicitNull: String?? = .some(nil)
        var numbers: [Int64] = [Int64.min, -1, 0, Int64.max]
        var unsigned: UInt64 = .max
        var small: Int8 = -128
        var flags = [true, false]
        var noItems: [String] = []
        var noEntries: [String: Int] = [:]
        var entries: [String: Int] = ["b10": 1, "b9": 2, "B": 3, "a": 4, "é": 5, "_": 6, "": 7, "a b": 8]
        var byNumber: [Int: String] = [10: "ten", 9: "nine", -1: "minus one"]
        var nested: [[String: [Shape]]] = [["k": [.point, .circle(radius: 2), .labelled("x", [])]], [:]]
        var mood = Mood.calm
        var moods: [Mood] = [.calm, .odd]
        var inner = Inner()
    }

    struct Inner: Codable {
        var zeta = 1
        var alpha: [String: String] = ["y": "why", "x": "ex"]
    }

    /// Writes through super encoders, keyed and unkeyed, one of them a single value.
    struct WithSuper: Encodable {
        enum Keys: String, CodingKey { case own, list, parent }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(1, forKey: .own)
            try "base".encode(to: container.superEncoder())
            try ["inherited": true].encode(to: container.superEncoder(forKey: .parent))
            var list = container.nestedUnkeyedContainer(forKey: .list)
            try list.encode("first")
            try [3, 4].encode(to: list.superEncoder())
            var nested = list.nestedContainer(keyedBy: Keys.self)
            try nested.encodeNil(forKey: .own)
        }
    }

    /// Encodes nothing at all: `JSONEncoder` writes an empty object.
    struct Silent: Encodable {
        func encode(to encoder: any Encoder) throws {}
    }

    private func foundationJSON<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private func stableJSON<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try StableJSONEncoder().encode(value), as: UTF8.self)
    }

    @Test func writesTheBytesJSONEncoderWrites() throws {
        #expect(try stableJSON(Sample()) == foundationJSON(Sample()))
        #expect(try stableJSON([Sample(), Sample()]) == foundationJSON([Sample(), Sample()]))
        #expect(try stableJSON(["z": Silent()]) == foundationJSON(["z": Silent()]))
        #expect(try stableJSON(WithSuper()) == foundationJSON(WithSuper()))
        #expect(try stableJSON("top level") == foundationJSON("top level"))
        #expect(try stableJSON([String]()) == foundationJSON([String]()))
    }

    @Test func refusesFloatingPointNumbers() {
        #expect(throws: (any Error).self) { try StableJSONEncoder().encode(["x": 1.5]) }
    }
}
