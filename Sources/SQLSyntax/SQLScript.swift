import Foundation

/// A SQL file as `db` runs it, the way `psql -f` would: statements, plus the inline data of each
/// `COPY … FROM STDIN` (the lines after the statement up to a line `\.`). psql meta-commands are refused.
///
/// ```swift
/// let script = try SQLScript(data: Data(contentsOf: url))   // refuses bad UTF-8, strips a leading BOM
/// try connection.execute(script.sent().sql, copyData: …)      // COPY data goes through the COPY protocol
/// ```
public struct SQLScript: Sendable, Hashable {
    /// The file's text (without a leading byte-order mark), line endings as written.
    public let text: String
    /// The data of every `COPY … FROM STDIN`, in file order.
    public let copyBlocks: [CopyBlock]
    /// `text` with every COPY data block and its `\.` line blanked to spaces (newlines kept): the same byte
    /// offsets and lines as `text`, and nothing but SQL, for the parser, lint and the gates.
    public let parseText: String
    private let bytes: [UInt8]

    /// The inline data of one `COPY … FROM STDIN`.
    public struct CopyBlock: Sendable, Hashable {
        /// 1-based line of the first data line in the file.
        public let firstLine: Int
        /// The data lines exactly as written, without the closing `\.` line.
        public let data: Data
        /// What is not sent as SQL: the data lines and the `\.` line.
        let removed: Range<Int>
    }

    /// Cuts `text` into SQL and COPY data; throws for a psql meta-command outside COPY data, string literals
    /// and comments, and for COPY data that no `\.` line ends.
    public init(_ text: String) throws(SQLScriptError) {
        let bytes = Array(text.utf8)
        self.text = text
        self.bytes = bytes
        self.copyBlocks = try Self.copyBlocks(in: bytes)
        var blanked = bytes
        for block in copyBlocks {
            for index in block.removed where blanked[index] != UInt8(ascii: "\n") { blanked[index] = UInt8(ascii: " ") }
        }
        self.parseText = String(decoding: blanked, as: UTF8.self)
    }

    /// The SQL of the text's bytes `range` (all of it by default) without COPY data, as it is sent.
    public func sent(_ range: Range<Int>? = nil) -> SentSQL {
        let whole = range ?? 0..<bytes.count
        var pieces: [Range<Int>] = []
        var start = whole.lowerBound
        for block in copyBlocks where block.removed.overlaps(whole) {
            pieces.append(start..<max(start, block.removed.lowerBound))
            start = max(start, block.removed.upperBound)
        }
        pieces.append(start..<max(start, whole.upperBound))
        return SentSQL(text: bytes, ranges: pieces)
    }

    private static func copyBlocks(in bytes: [UInt8]) throws(SQLScriptError) -> [CopyBlock] {
        var blocks: [CopyBlock] = []
        var position = 0
        while position < bytes.count {
            var regionEnd = terminatorLine(in: bytes, from: position) ?? bytes.count
            var tokens = SQLScanner.tokensBeforeAnyError(bytes, position..<regionEnd)
            var copyEnd = firstCopyFromStdin(tokens, bytes)
            // A `\.` line with no COPY before it: inside a literal, or stray (then reported as a meta-command).
            while copyEnd == nil, regionEnd < bytes.count {
                regionEnd = terminatorLine(in: bytes, from: lineEnd(in: bytes, from: regionEnd)) ?? bytes.count
                tokens = SQLScanner.tokensBeforeAnyError(bytes, position..<regionEnd)
                copyEnd = firstCopyFromStdin(tokens, bytes)
            }
            let sqlEnd = copyEnd?.semicolonEnd ?? bytes.count
            if let metaCommand = tokens.first(where: { $0.kind == SQLToken.backslash && $0.start < sqlEnd }) {
                throw metaCommandError(at: metaCommand.start, in: bytes)
            }
            guard let copy = copyEnd else { break }
            let dataStart = lineEnd(in: bytes, from: copy.semicolonEnd)
            guard let terminator = terminatorLine(in: bytes, from: dataStart) else {
                throw SQLScriptError(
                    line: line(of: copy.statementStart, in: bytes),
                    message: "the data of this COPY … FROM STDIN is not ended by a line \\.: "
                        + "put the rows on the lines after the statement and end them with a line holding only \\.")
            }
            let removed = dataStart..<lineEnd(in: bytes, from: terminator)
            blocks.append(
                CopyBlock(
                    firstLine: line(of: dataStart, in: bytes), data: Data(bytes[dataStart..<terminator]),
                    removed: removed))
            position = removed.upperBound
        }
        return blocks
    }

    /// Where the first top-level `COPY … FROM STDIN` statement among `tokens` ends (after its `;`).
    private static func firstCopyFromStdin(_ tokens: [SQLToken], _ bytes: [UInt8]) -> (
        statementStart: Int, semicolonEnd: Int
    )? {
        var depth = 0
        var first: SQLToken?
        for token in tokens where !token.isComment {
            switch token.kind {
            case SQLToken.openParenthesis: depth += 1
            case SQLToken.closeParenthesis: depth = max(0, depth - 1)
            case SQLToken.semicolon where depth == 0:
                defer { first = nil }
                guard let start = first, start.kind == SQLToken.copyKeyword else { continue }
                let statement = String(decoding: bytes[start.start..<token.end], as: UTF8.self)
                if isCopyFromStdin(statement) { return (start.start, token.end) }
                continue
            default: break
            }
            if first == nil { first = token }
        }
        return nil
    }

    private static func isCopyFromStdin(_ statement: String) -> Bool {
        guard let parsed = try? SQLParser.parse(statement), parsed.count == 1,
            let copy = parsed[0].node["CopyStmt"]
        else { return false }
        return copy["is_from"]?.boolValue == true && copy["filename"] == nil && copy["is_program"]?.boolValue != true
    }

    /// The start of the first line at or after `offset` (itself a line start) that is exactly `\.`.
    private static func terminatorLine(in bytes: [UInt8], from offset: Int) -> Int? {
        var start = offset
        while start < bytes.count {
            let end = lineEnd(in: bytes, from: start)
            var content = bytes[start..<end]
            if content.last == UInt8(ascii: "\n") { content = content.dropLast() }
            if content.last == UInt8(ascii: "\r") { content = content.dropLast() }
            if content.elementsEqual([UInt8(ascii: "\\"), UInt8(ascii: ".")]) { return start }
            start = end
        }
        return nil
    }

    /// The offset just after the newline ending the line that holds `offset` (or the end of the text).
    private static func lineEnd(in bytes: [UInt8], from offset: Int) -> Int {
        var index = offset
        while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
        return min(index + 1, bytes.count)
    }

    private static func line(of offset: Int, in bytes: [UInt8]) -> Int {
        bytes[0..<min(offset, bytes.count)].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }

    private static func metaCommandError(at offset: Int, in bytes: [UInt8]) -> SQLScriptError {
        var end = offset + 1
        while end < bytes.count, ![" ", "\t", "\r", "\n"].map({ UInt8(ascii: $0) }).contains(bytes[end]) { end += 1 }
        let command = String(decoding: bytes[offset..<end], as: UTF8.self)
        let instead: String
        switch command {
        case "\\i", "\\ir", "\\include", "\\include_relative":
            instead = "copy the included file's statements into this file"
        case "\\set", "\\unset", "\\gset", "\\setenv":
            instead = "write the values into the SQL itself (psql variables are not expanded)"
        case "\\c", "\\connect":
            instead = "remove it: a file runs on the database db connects to"
        case "\\.":
            instead = "remove it: a line \\. only ends the data of a COPY … FROM STDIN, and none precedes it"
        default:
            instead = "remove it, or run this file with psql instead"
        }
        return SQLScriptError(
            line: line(of: offset, in: bytes),
            message: "psql meta-command \(command) is not SQL: db runs files as plain SQL, not through psql; \(instead)"
        )
    }
}
