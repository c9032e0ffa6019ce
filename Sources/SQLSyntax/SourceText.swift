/// Byte-offset helpers over SQL source text: libpg_query reports positions in UTF-8 bytes.
public struct SourceText: Sendable {
    public let text: String
    private let bytes: [UInt8]
    /// Byte offsets of every `\n`, ascending: a line lookup is a binary search, not a count from the start.
    private let newlineOffsets: [Int]

    public init(_ text: String) {
        self.text = text
        let bytes = Array(text.utf8)
        self.bytes = bytes
        self.newlineOffsets = bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }
    }

    public var byteCount: Int { bytes.count }

    /// The text between two byte offsets (clamped to the text).
    public func slice(from start: Int, length: Int) -> String {
        let lower = max(0, min(start, bytes.count))
        let upper = max(lower, min(start + length, bytes.count))
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }

    /// The 1-based line that contains a byte offset.
    public func line(atByte offset: Int) -> Int {
        var (low, high) = (0, newlineOffsets.count)
        while low < high {
            let middle = (low + high) / 2
            if newlineOffsets[middle] < offset { low = middle + 1 } else { high = middle }
        }
        return low + 1
    }

    /// The 1-based column (in characters) of a byte offset within its line.
    public func column(atByte offset: Int) -> Int {
        let end = max(0, min(offset, bytes.count))
        var start = end
        while start > 0 && bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self).count + 1
    }

    /// The full text of a 1-based line, without its newline.
    public func lineText(_ number: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(number - 1).first.map(String.init) ?? ""
    }

    /// The offset of the first byte at or after `offset` that is not whitespace or part of a comment.
    public func firstTokenByte(from offset: Int) -> Int {
        var index = offset
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
                || byte == UInt8(ascii: "\r")
            {
                index += 1
            } else if byte == UInt8(ascii: "-"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "-") {
                while index < bytes.count && bytes[index] != UInt8(ascii: "\n") { index += 1 }
            } else if byte == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "*") {
                var depth = 1
                index += 2
                while index < bytes.count && depth > 0 {
                    if bytes[index] == UInt8(ascii: "*"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "/")
                    {
                        depth -= 1
                        index += 2
                    } else if bytes[index] == UInt8(ascii: "/"), index + 1 < bytes.count,
                        bytes[index + 1] == UInt8(ascii: "*")
                    {
                        depth += 1
                        index += 2
                    } else {
                        index += 1
                    }
                }
            } else {
                return index
            }
        }
        return index
    }

    /// The byte offset of a 1-based character position (Postgres error positions count characters, i.e.
    /// Unicode code points), counted from byte `start`.
    public func byteOffset(ofCharacterPosition position: Int, from start: Int = 0) -> Int {
        var index = max(0, min(start, bytes.count))
        var remaining = position - 1
        while index < bytes.count && remaining > 0 {
            index += 1
            while index < bytes.count && bytes[index] & 0xC0 == 0x80 { index += 1 }
            remaining -= 1
        }
        return index
    }
}
