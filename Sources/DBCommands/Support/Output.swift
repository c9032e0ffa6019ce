import Foundation

/// Where commands print: people read stdout, errors go to stderr.
enum Output {
    /// One line to stdout, flushed (so progress shows before a long statement, and in order with stderr).
    static func line(_ text: String) {
        print(text)
        fflush(nil)
    }

    /// Bytes (a large JSON document) to stdout as they are, then a newline: no copy into a `String` on the way.
    static func data(_ bytes: Data) {
        FileHandle.standardOutput.write(bytes)
        FileHandle.standardOutput.write(Data("\n".utf8))
    }

    /// Text to stderr.
    static func error(_ text: String) {
        fflush(nil)
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Pretty-printed JSON with sorted keys, so machine-readable output is byte-for-byte stable.
    static func stableJSON<T: Encodable>(_ value: T, snakeCaseKeys: Bool = false) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        if snakeCaseKeys { encoder.keyEncodingStrategy = .convertToSnakeCase }
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
