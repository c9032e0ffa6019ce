import Foundation
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
    /// How many times it was tried: more than 1 when lock timeouts were retried (`--lock-retries`).
    public internal(set) var attempts = 1
    let caret: [String]
    /// What failed, for the first line: `migration`, `seed file`.
    let kind: String

    /// Locates `error` in `script` (nil when the failure is not in the file), of which `sent` was sent;
    /// `statementLines` gives the line of each statement sent, for errors without a position. An error in
    /// COPY data (`CONTEXT: COPY t, line 3`) points at that data line of the file.
    init(
        fileName: String, script: SQLScript?, sent: SentSQL?, error: PostgresError, statementLines: () -> [Int],
        blockers: [BlockingSession], consequence: String, kind: String = "migration"
    ) {
        self.fileName = fileName
        self.error = error
        self.blockers = blockers
        self.consequence = consequence
        self.kind = kind
        let source = SourceText(script?.text ?? "")
        let statementLine = error.statementIndex.flatMap { index in
            let lines = statementLines()
            return index < lines.count ? lines[index] : nil
        }
        if let position = error.position, let sent {
            let offset = sent.textOffset(ofSentByte: SourceText(sent.sql).byteOffset(ofCharacterPosition: position))
            line = source.line(atByte: offset)
            caret = caretLines(source, byteOffset: offset)
        } else if let statementLine, let script,
            let dataLine = copyDataLine(error, script: script, statementLine: statementLine)
        {
            line = dataLine
            caret = ["  \(dataLine) | \(source.lineText(dataLine))"]
        } else if let statementLine {
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
        lines.append("\(kind) \(fileName) failed\(place)\(state)")
        lines.append("  \(error.message)")
        if let detail = error.detail { lines.append("  DETAIL: \(detail)") }
        if let hint = error.hint { lines.append("  HINT: \(hint)") }
        if let context = error.context { lines.append("  CONTEXT: \(context)") }
        lines += caret
        if !blockers.isEmpty {
            lines.append("  blocked by:")
            lines += blockers.map { "    \($0)" }
        }
        if attempts > 1 {
            lines.append("  gave up after \(attempts) attempts (\(attempts - 1) lock-timeout retries, --lock-retries)")
        }
        lines.append(consequence)
        return lines.joined(separator: "\n")
    }
}

/// The file line of the COPY data row an error's context names (`COPY t, line 3, column b: …`), for a failing
/// COPY … FROM STDIN statement at `statementLine`.
private func copyDataLine(_ error: PostgresError, script: SQLScript, statementLine: Int) -> Int? {
    guard let context = error.context, context.hasPrefix("COPY "),
        let block = script.copyBlocks.first(where: { $0.firstLine > statementLine }),
        let range = context.range(of: #", line [0-9]+"#, options: .regularExpression),
        let row = Int(context[range].dropFirst(", line ".count))
    else { return nil }
    return block.firstLine + row - 1
}
