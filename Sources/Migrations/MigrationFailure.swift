import Postgres
import SQLSyntax

/// A statement of a migration file that the server rejected, located in the file.
public struct MigrationFailure: Error, Sendable, CustomStringConvertible {
    public let fileName: String
    /// 1-based line in the file: of the error position when the server gave one, else of the failing statement.
    public let line: Int?
    public let error: PostgresError
    /// Sessions that blocked the statement (for lock timeouts), as seen while it waited.
    public let blockers: [BlockingSession]
    /// What state the database is left in and what to do next.
    public let consequence: String
    let caret: [String]

    /// Locates `error` in `sql`, the file's text. `sentFrom` is the byte offset of the text that was sent
    /// (0 for a whole file, a statement's offset when statements were sent one by one); `statementLines` gives
    /// the line of each statement sent, for errors without a position.
    init(
        fileName: String, sql: String, error: PostgresError, sentFrom: Int, statementLines: () -> [Int],
        blockers: [BlockingSession], consequence: String
    ) {
        self.fileName = fileName
        self.error = error
        self.blockers = blockers
        self.consequence = consequence
        let source = SourceText(sql)
        if let position = error.position {
            let offset = source.byteOffset(ofCharacterPosition: position, from: sentFrom)
            line = source.line(atByte: offset)
            caret = caretLines(source, byteOffset: offset)
        } else if let index = error.statementIndex, index < statementLines().count {
            let statementLine = statementLines()[index]
            line = statementLine
            caret = ["  \(statementLine) | \(source.lineText(statementLine))"]
        } else {
            line = nil
            caret = []
        }
    }

    public var description: String {
        var lines: [String] = []
        let place = line.map { " at line \($0)" } ?? ""
        let state = error.sqlState.map { " (SQLSTATE \($0))" } ?? ""
        lines.append("migration \(fileName) failed\(place)\(state)")
        lines.append("  \(error.message)")
        if let detail = error.detail { lines.append("  DETAIL: \(detail)") }
        if let hint = error.hint { lines.append("  HINT: \(hint)") }
        if let context = error.context { lines.append("  CONTEXT: \(context)") }
        lines += caret
        if !blockers.isEmpty {
            lines.append("  blocked by:")
            lines += blockers.map { "    \($0)" }
        }
        lines.append(consequence)
        return lines.joined(separator: "\n")
    }
}
