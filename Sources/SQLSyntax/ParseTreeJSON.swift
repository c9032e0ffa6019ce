import Foundation

/// Reads the JSON libpg_query prints (parse trees, PL/pgSQL trees) into a `ParseNode` tree in one pass over its
/// bytes: each value's first byte says what it is, so nothing is guessed, retried or thrown on the way.
enum ParseTreeJSON {
    /// The tree of a whole JSON document, or `nil` when it is not well-formed JSON.
    static func decode(_ json: UnsafePointer<CChar>) -> ParseNode? {
        let length = strlen(json)
        return json.withMemoryRebound(to: UInt8.self, capacity: length) { start in
            var reader = Reader(bytes: UnsafeBufferPointer(start: start, count: length))
            guard let root = reader.value() else { return nil }
            reader.skipWhitespace()
            return reader.isAtEnd ? root : nil
        }
    }

    /// The tree of a JSON document held in a string, or `nil` when it is not well-formed JSON.
    static func decode(_ json: String) -> ParseNode? {
        json.withCString { decode($0) }
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        private var index = 0

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        var isAtEnd: Bool { index == bytes.count }

        mutating func skipWhitespace() {
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): index += 1
                default: return
                }
            }
        }

        mutating func value() -> ParseNode? {
            skipWhitespace()
            guard index < bytes.count else { return nil }
            switch bytes[index] {
            case UInt8(ascii: "{"): return object()
            case UInt8(ascii: "["): return array()
            case UInt8(ascii: "\""): return string().map(ParseNode.string)
            case UInt8(ascii: "t"): return literal("true", .bool(true))
            case UInt8(ascii: "f"): return literal("false", .bool(false))
            case UInt8(ascii: "n"): return literal("null", .null)
            default: return number()
            }
        }

        private mutating func object() -> ParseNode? {
            index += 1
            var fields: [String: ParseNode] = [:]
            skipWhitespace()
            if consume(UInt8(ascii: "}")) { return .object(fields) }
            repeat {
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\""), let key = string() else { return nil }
                skipWhitespace()
                guard consume(UInt8(ascii: ":")), let field = value() else { return nil }
                fields[key] = field
                skipWhitespace()
            } while consume(UInt8(ascii: ","))
            return consume(UInt8(ascii: "}")) ? .object(fields) : nil
        }

        private mutating func array() -> ParseNode? {
            index += 1
            var items: [ParseNode] = []
            skipWhitespace()
            if consume(UInt8(ascii: "]")) { return .array(items) }
            repeat {
                guard let item = value() else { return nil }
                items.append(item)
                skipWhitespace()
            } while consume(UInt8(ascii: ","))
            return consume(UInt8(ascii: "]")) ? .array(items) : nil
        }

        /// A string starting at its opening quote; text without escapes is copied in one piece.
        private mutating func string() -> String? {
            index += 1
            let start = index
            while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\") {
                index += 1
            }
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: "\"") {
                index += 1
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index - 1]), as: UTF8.self)
            }
            var decoded = Array(bytes[start..<index])
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                switch byte {
                case UInt8(ascii: "\""): return String(decoding: decoded, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    guard escape(into: &decoded) else { return nil }
                default: decoded.append(byte)
                }
            }
            return nil
        }

        /// The escape after a backslash, appended as UTF-8.
        private mutating func escape(into decoded: inout [UInt8]) -> Bool {
            guard index < bytes.count else { return false }
            let letter = bytes[index]
            index += 1
            switch letter {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(letter)
            case UInt8(ascii: "b"): decoded.append(0x08)
            case UInt8(ascii: "f"): decoded.append(0x0C)
            case UInt8(ascii: "n"): decoded.append(0x0A)
            case UInt8(ascii: "r"): decoded.append(0x0D)
            case UInt8(ascii: "t"): decoded.append(0x09)
            case UInt8(ascii: "u"): return unicodeEscape(into: &decoded)
            default: return false
            }
            return true
        }

        /// `\uXXXX` (after the `u`), appended as UTF-8; a `\uD83D\uDE00` surrogate pair becomes one scalar.
        private mutating func unicodeEscape(into decoded: inout [UInt8]) -> Bool {
            guard var code = hexQuad() else { return false }
            if (0xD800..<0xDC00).contains(code), bytes[index...].starts(with: [UInt8(ascii: "\\"), UInt8(ascii: "u")]) {
                index += 2
                guard let low = hexQuad(), (0xDC00..<0xE000).contains(low) else { return false }
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(code) else { return false }  // an unpaired surrogate
            decoded.append(contentsOf: String(scalar).utf8)
            return true
        }

        private mutating func hexQuad() -> UInt32? {
            guard index + 4 <= bytes.count else { return nil }
            var code: UInt32 = 0
            for _ in 0..<4 {
                guard let digit = hexDigit(bytes[index]) else { return nil }
                code = code << 4 | digit
                index += 1
            }
            return code
        }

        private func hexDigit(_ byte: UInt8) -> UInt32? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
            default: return nil
            }
        }

        /// A number; plain integers (every location and enum-free count libpg_query prints) skip `Double(String)`.
        private mutating func number() -> ParseNode? {
            let start = index
            let negative = consume(UInt8(ascii: "-"))
            var integer = 0
            var digits = 0
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
                integer = integer &* 10 &+ Int(bytes[index] - UInt8(ascii: "0"))
                digits += 1
                index += 1
            }
            guard digits > 0 else { return nil }
            if digits <= 15, index == bytes.count || !Self.continuesNumber(bytes[index]) {
                return .number(Double(negative ? -integer : integer))
            }
            while index < bytes.count, Self.continuesNumber(bytes[index]) { index += 1 }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
            return Double(text).map(ParseNode.number)
        }

        /// Digits, and the bytes of a fraction or exponent.
        private static func continuesNumber(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"),
                UInt8(ascii: "+"), UInt8(ascii: "-"):
                return true
            default: return false
            }
        }

        private mutating func literal(_ word: StaticString, _ node: ParseNode) -> ParseNode? {
            let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
            guard bytes[index...].starts(with: expected) else { return nil }
            index += expected.count
            return node
        }

        private mutating func consume(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }
    }
}
