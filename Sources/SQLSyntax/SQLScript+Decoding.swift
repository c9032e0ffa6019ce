import Foundation

extension SQLScript {
    /// A UTF-8 byte-order mark, as Windows editors write at the start of a file.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Reads a file's bytes: refuses anything that is not UTF-8 (Postgres would refuse it too, and replacing the
    /// bad bytes would store different data) and NUL bytes; drops a leading byte-order mark; every other byte
    /// is kept as written.
    public init(data: Data) throws(SQLScriptError) {
        var bytes = [UInt8](data)
        let markLength = bytes.starts(with: Self.byteOrderMark) ? Self.byteOrderMark.count : 0
        bytes.removeFirst(markLength)
        if let bad = Self.firstInvalidByte(bytes) {
            let fileOffset = bad + markLength
            let line = bytes[0..<bad].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
            let what =
                bytes[bad] == 0
                ? "a NUL byte"
                : "a byte sequence that is not UTF-8 (0x\(String(format: "%02x", bytes[bad])))"
            throw SQLScriptError(
                line: line,
                message: "\(what) at byte offset \(fileOffset): db sends files to Postgres as UTF-8 and will not "
                    + "change their bytes; convert the file to UTF-8 (e.g. `iconv -f latin1 -t utf-8`)")
        }
        try self.init(String(decoding: bytes, as: UTF8.self))
    }

    /// The offset of the first byte that starts an invalid UTF-8 sequence, or a NUL byte.
    private static func firstInvalidByte(_ bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar.value == 0 { return offset }
                offset += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }

    /// The bytes a checksum covers: the text without a leading byte-order mark (already gone from `text`) and
    /// with every CRLF line ending as LF, so a Windows checkout (`core.autocrlf`) checksums like the original.
    public var checksumBytes: Data {
        let bytes = Array(text.utf8)
        var normalised: [UInt8] = []
        normalised.reserveCapacity(bytes.count)
        for (index, byte) in bytes.enumerated()
        where !(byte == UInt8(ascii: "\r") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n")) {
            normalised.append(byte)
        }
        return Data(normalised)
    }
}
