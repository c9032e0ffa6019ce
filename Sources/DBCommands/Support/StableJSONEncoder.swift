import Foundation

/// Encodes a value as pretty-printed JSON with sorted keys, byte for byte what `JSONEncoder` writes with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` on Linux (keys ordered by their UTF-8 bytes, two-space
/// indent, `"key" : value`, empty containers as `{\n\n}` / `[\n\n]` with the closing indent), in about half the time.
///
/// It exists for `db inspect --json`, whose catalog document runs to megabytes. It covers what `Codable` types built
/// from strings, integers, booleans, optionals, arrays, dictionaries and enums use; like `JSONEncoder`, a value that
/// encodes nothing becomes `{}` and a key encoded twice keeps its last value. Floating-point numbers (so also `Date`)
/// are refused; `Data`, `URL` and `Decimal`, which `JSONEncoder` special-cases, would come out in their plain
/// `Codable` form instead, so they must not be given to it (the catalog has none).
struct StableJSONEncoder {
    func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = NodeEncoder(parent: nil, key: nil)
        try value.encode(to: encoder)
        var writer = JSONTextWriter()
        writer.write(encoder.node ?? .object(ObjectNode()), indent: 0)
        return Data(writer.bytes)
    }
}

/// A JSON value under construction; objects and arrays are references so that containers can fill them in.
private enum JSONNode {
    case string(String)
    /// A number, `true`, `false` or `null`, as written.
    case literal(String)
    case object(ObjectNode)
    case array(ArrayNode)
    /// What a super encoder (`superEncoder()`) holds once its value has encoded itself, read when written.
    case later(NodeEncoder)
}

private final class ObjectNode {
    var members: [(key: String, value: JSONNode)] = []
}

private final class ArrayNode {
    var elements: [JSONNode] = []
}

/// Thrown for values `StableJSONEncoder` does not write (floating-point numbers).
private struct UnsupportedJSONValue: Error, CustomStringConvertible {
    let type: Any.Type
    let codingPath: [any CodingKey]
    var description: String {
        "cannot encode \(type) at \(codingPath.map(\.stringValue).joined(separator: ".")) as stable JSON"
    }
}

/// The `Encoder` handed to each value: it records the one node the value encodes to.
private final class NodeEncoder: Encoder {
    let parent: NodeEncoder?
    let key: (any CodingKey)?
    var node: JSONNode?

    init(parent: NodeEncoder?, key: (any CodingKey)?) {
        self.parent = parent
        self.key = key
    }

    /// Built on demand: no `Codable` implementation here reads it on the way to a successful encoding.
    var codingPath: [any CodingKey] {
        var path: [any CodingKey] = []
        var encoder: NodeEncoder? = self
        while let current = encoder, let key = current.key {
            path.append(key)
            encoder = current.parent
        }
        return path.reversed()
    }

    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedNodeContainer<Key>(encoder: self, object: objectNode()))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        UnkeyedNodeContainer(encoder: self, array: arrayNode())
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleNodeContainer(encoder: self) }

    /// The object this encoder writes to, created on first use (asking twice gives the same object).
    func objectNode() -> ObjectNode {
        if case .object(let object) = node { return object }
        let object = ObjectNode()
        node = .object(object)
        return object
    }

    func arrayNode() -> ArrayNode {
        if case .array(let array) = node { return array }
        let array = ArrayNode()
        node = .array(array)
        return array
    }

    /// The node of a nested value; a value that encodes nothing is an empty object, as with `JSONEncoder`.
    func node<T: Encodable>(of value: T, key: (any CodingKey)?) throws -> JSONNode {
        let child = NodeEncoder(parent: self, key: key)
        try value.encode(to: child)
        return child.node ?? .object(ObjectNode())
    }

    func unsupported(_ type: Any.Type) -> UnsupportedJSONValue {
        UnsupportedJSONValue(type: type, codingPath: codingPath)
    }
}

/// A coding key of `codingPath` that is not the value's own: an array element's (`Index 3`, named only when asked)
/// or `super`.
private struct PathKey: CodingKey {
    private let name: String?
    let intValue: Int?
    var stringValue: String { name ?? "Index \(intValue ?? 0)" }
    init(stringValue: String) {
        name = stringValue
        intValue = nil
    }
    init(intValue: Int) {
        name = nil
        self.intValue = intValue
    }
}

private struct KeyedNodeContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: NodeEncoder
    let object: ObjectNode
    var codingPath: [any CodingKey] { encoder.codingPath }

    private func add(_ node: JSONNode, _ key: Key) { object.members.append((key.stringValue, node)) }

    mutating func encodeNil(forKey key: Key) throws { add(.literal("null"), key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { add(.literal(value ? "true" : "false"), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { add(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { throw encoder.unsupported(Double.self) }
    mutating func encode(_ value: Float, forKey key: Key) throws { throw encoder.unsupported(Float.self) }
    mutating func encode(_ value: Int, forKey key: Key) throws { add(.literal(String(value)), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { add(.literal(String(value)), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { add(.literal(String(value)), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { add(.literal(String(value)), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { add(.literal(String(value)), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { add(.literal(String(value)), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { add(.literal(String(value)), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { add(.literal(String(value)), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { add(.literal(String(value)), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { add(.literal(String(value)), key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        add(try encoder.node(of: value, key: key), key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let nested = ObjectNode()
        add(.object(nested), key)
        return KeyedEncodingContainer(
            KeyedNodeContainer<NestedKey>(encoder: NodeEncoder(parent: encoder, key: key), object: nested))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = ArrayNode()
        add(.array(nested), key)
        return UnkeyedNodeContainer(encoder: NodeEncoder(parent: encoder, key: key), array: nested)
    }

    mutating func superEncoder() -> any Encoder { superEncoder(named: PathKey(stringValue: "super")) }

    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key) }

    /// An encoder whose value lands under `key` once it has encoded itself.
    private func superEncoder(named key: any CodingKey) -> any Encoder {
        let child = NodeEncoder(parent: encoder, key: key)
        object.members.append((key.stringValue, .later(child)))
        return child
    }
}

private struct UnkeyedNodeContainer: UnkeyedEncodingContainer {
    let encoder: NodeEncoder
    let array: ArrayNode
    var codingPath: [any CodingKey] { encoder.codingPath }
    var count: Int { array.elements.count }

    private func add(_ node: JSONNode) { array.elements.append(node) }

    mutating func encodeNil() throws { add(.literal("null")) }
    mutating func encode(_ value: Bool) throws { add(.literal(value ? "true" : "false")) }
    mutating func encode(_ value: String) throws { add(.string(value)) }
    mutating func encode(_ value: Double) throws { throw encoder.unsupported(Double.self) }
    mutating func encode(_ value: Float) throws { throw encoder.unsupported(Float.self) }
    mutating func encode(_ value: Int) throws { add(.literal(String(value))) }
    mutating func encode(_ value: Int8) throws { add(.literal(String(value))) }
    mutating func encode(_ value: Int16) throws { add(.literal(String(value))) }
    mutating func encode(_ value: Int32) throws { add(.literal(String(value))) }
    mutating func encode(_ value: Int64) throws { add(.literal(String(value))) }
    mutating func encode(_ value: UInt) throws { add(.literal(String(value))) }
    mutating func encode(_ value: UInt8) throws { add(.literal(String(value))) }
    mutating func encode(_ value: UInt16) throws { add(.literal(String(value))) }
    mutating func encode(_ value: UInt32) throws { add(.literal(String(value))) }
    mutating func encode(_ value: UInt64) throws { add(.literal(String(value))) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        add(try encoder.node(of: value, key: PathKey(intValue: count)))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<NestedKey> {
        let nested = ObjectNode()
        let key = PathKey(intValue: count)
        add(.object(nested))
        return KeyedEncodingContainer(
            KeyedNodeContainer<NestedKey>(encoder: NodeEncoder(parent: encoder, key: key), object: nested))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = ArrayNode()
        let key = PathKey(intValue: count)
        add(.array(nested))
        return UnkeyedNodeContainer(encoder: NodeEncoder(parent: encoder, key: key), array: nested)
    }

    mutating func superEncoder() -> any Encoder {
        let child = NodeEncoder(parent: encoder, key: PathKey(intValue: count))
        add(.later(child))
        return child
    }
}

private struct SingleNodeContainer: SingleValueEncodingContainer {
    let encoder: NodeEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    private func set(_ node: JSONNode) { encoder.node = node }

    mutating func encodeNil() throws { set(.literal("null")) }
    mutating func encode(_ value: Bool) throws { set(.literal(value ? "true" : "false")) }
    mutating func encode(_ value: String) throws { set(.string(value)) }
    mutating func encode(_ value: Double) throws { throw encoder.unsupported(Double.self) }
    mutating func encode(_ value: Float) throws { throw encoder.unsupported(Float.self) }
    mutating func encode(_ value: Int) throws { set(.literal(String(value))) }
    mutating func encode(_ value: Int8) throws { set(.literal(String(value))) }
    mutating func encode(_ value: Int16) throws { set(.literal(String(value))) }
    mutating func encode(_ value: Int32) throws { set(.literal(String(value))) }
    mutating func encode(_ value: Int64) throws { set(.literal(String(value))) }
    mutating func encode(_ value: UInt) throws { set(.literal(String(value))) }
    mutating func encode(_ value: UInt8) throws { set(.literal(String(value))) }
    mutating func encode(_ value: UInt16) throws { set(.literal(String(value))) }
    mutating func encode(_ value: UInt32) throws { set(.literal(String(value))) }
    mutating func encode(_ value: UInt64) throws { set(.literal(String(value))) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try value.encode(to: encoder)
        if encoder.node == nil { set(.object(ObjectNode())) }
    }
}

/// Writes a `JSONNode` tree the way `JSONEncoder`'s pretty printer does.
private struct JSONTextWriter {
    var bytes: [UInt8] = []
    /// Indentation to copy from, grown as needed.
    private var spaces = [UInt8](repeating: UInt8(ascii: " "), count: 32)

    mutating func write(_ node: JSONNode, indent: Int) {
        switch node {
        case .later(let encoder): write(encoder.node ?? .object(ObjectNode()), indent: indent)
        case .string(let string): writeString(string)
        case .literal(let text): bytes.append(contentsOf: text.utf8)
        case .array(let array):
            bytes.append(UInt8(ascii: "["))
            bytes.append(UInt8(ascii: "\n"))
            for (position, element) in array.elements.enumerated() {
                if position > 0 { bytes.append(contentsOf: [UInt8(ascii: ","), UInt8(ascii: "\n")]) }
                writeIndent(indent + 1)
                write(element, indent: indent + 1)
            }
            bytes.append(UInt8(ascii: "\n"))
            writeIndent(indent)
            bytes.append(UInt8(ascii: "]"))
        case .object(let object):
            bytes.append(UInt8(ascii: "{"))
            bytes.append(UInt8(ascii: "\n"))
            for (position, member) in sortedMembers(object).enumerated() {
                if position > 0 { bytes.append(contentsOf: [UInt8(ascii: ","), UInt8(ascii: "\n")]) }
                writeIndent(indent + 1)
                writeString(member.key)
                bytes.append(contentsOf: [UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: " ")])
                write(member.value, indent: indent + 1)
            }
            bytes.append(UInt8(ascii: "\n"))
            writeIndent(indent)
            bytes.append(UInt8(ascii: "}"))
        }
    }

    /// Members ordered by the UTF-8 bytes of their keys; of a key given twice, the last value.
    private func sortedMembers(_ object: ObjectNode) -> [(key: String, value: JSONNode)] {
        let members = object.members
        let keys = members.map(\.key)
        let order = keys.indices.sorted { left, right in
            let order = utf8Order(keys[left], keys[right])
            return order == 0 ? left < right : order < 0
        }
        var sorted: [(key: String, value: JSONNode)] = []
        sorted.reserveCapacity(order.count)
        for (position, index) in order.enumerated()
        where position + 1 == order.count || keys[order[position + 1]] != keys[index] {
            sorted.append(members[index])
        }
        return sorted
    }

    private mutating func writeIndent(_ level: Int) {
        while spaces.count < 2 * level { spaces.append(contentsOf: spaces) }
        bytes.append(contentsOf: spaces[..<(2 * level)])
    }

    /// A quoted string: `"` and `\` escaped, control characters as `\b \f \n \r \t` or `\u00XX`, `/` and
    /// everything else as is.
    private mutating func writeString(_ string: String) {
        bytes.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { utf8 in
            if !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
                bytes.append(contentsOf: utf8)
                return
            }
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
                case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
                case 0x08: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
                case 0x0C: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
                case UInt8(ascii: "\n"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
                case UInt8(ascii: "\r"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
                case UInt8(ascii: "\t"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
                case 0x00...0x1F:
                    let hex = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: "\\u00".utf8)
                    bytes.append(contentsOf: [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
                default: bytes.append(byte)
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

/// The order of two strings by their UTF-8 bytes (`JSONEncoder`'s `.sortedKeys` on Linux): negative, 0 or positive.
private func utf8Order(_ left: String, _ right: String) -> Int {
    let order = left.utf8.withContiguousStorageIfAvailable { a in
        right.utf8.withContiguousStorageIfAvailable { b in
            for index in 0..<min(a.count, b.count) where a[index] != b[index] {
                return Int(a[index]) - Int(b[index])
            }
            return a.count - b.count
        }
    }
    if let order = order ?? nil { return order }
    return left.utf8.elementsEqual(right.utf8) ? 0 : left.utf8.lexicographicallyPrecedes(right.utf8) ? -1 : 1
}
