import Foundation

/// Where commands print: people read stdout, errors go to stderr.
enum Output {
    /// One line to stdout, flushed (so progress shows before a long statement, and in order with stderr).
    static func line(_ text: String) {
        print(text)
        fflush(nil)
    }

    /// Text to stderr.
    static func error(_ text: String) {
        fflush(nil)
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
