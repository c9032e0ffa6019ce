import Foundation
import Postgres

/// Where commands print: people read stdout, errors go to stderr. Every write goes through `Interruption.output`, so
/// nothing is printed once SIGINT or SIGTERM has arrived (it could only be a verdict or error the signal caused).
enum Output {
    /// One line to stdout, flushed (so progress shows before a long statement, and in order with stderr).
    static func line(_ line: String) { text(line + "\n") }

    /// Text to stdout as it is (a script that ends with its own newline), flushed.
    static func text(_ text: String) {
        Interruption.output {
            print(text, terminator: "")
            fflush(nil)
        }
    }

    /// Bytes (a large JSON document) to stdout as they are, then a newline: no copy into a `String` on the way.
    static func data(_ bytes: Data) {
        Interruption.output {
            FileHandle.standardOutput.write(bytes)
            FileHandle.standardOutput.write(Data("\n".utf8))
        }
    }

    /// Text to stderr.
    static func error(_ text: String) {
        Interruption.output {
            fflush(nil)
            FileHandle.standardError.write(Data((text + "\n").utf8))
        }
    }

    /// Pretty-printed JSON with sorted keys, so machine-readable output is byte-for-byte stable.
    static func stableJSON<T: Encodable>(_ value: T, snakeCaseKeys: Bool = false) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        if snakeCaseKeys { encoder.keyEncodingStrategy = .convertToSnakeCase }
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
