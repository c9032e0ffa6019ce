import Foundation
import SQLSyntax

/// Why a migration command could not do its job (exit code 2): bad input, or the database said no.
public enum MigrationError: Error, Sendable, CustomStringConvertible {
    /// The migrations directory does not exist.
    case missingDirectory(String)
    /// Badly named or unmatched files; each string names one file and what is wrong.
    case invalidDirectory(String, [String])
    /// A file that cannot run as written: not UTF-8, a psql meta-command, COPY data without its `\.`.
    case unreadable(fileName: String, SQLScriptError)
    /// A migration file libpg_query cannot parse.
    case syntax(fileName: String, sql: String, error: SQLSyntaxError)
    /// Other sessions hold locks on the history table that `access` would wait behind.
    case blocked([BlockingSession], access: HistoryAccess, terminateHint: Bool)
    /// Other sessions hold granted locks that conflict with locks a pending file takes (after waiting `waited`
    /// seconds for them, when asked to); nothing from that file was sent.
    case conflictingLocks([LockConflict], waited: Double, terminateHint: Bool)
    /// The connection does not keep one server session (a transaction- or statement-mode pooler such as
    /// PgBouncer): `evidence` says what showed it; `strandedLockPID` is a server session that may still hold the
    /// migration lock.
    case sessionNotPinned(evidence: String, strandedLockPID: Int?)
    /// Another migrator held the advisory lock for longer than `--wait`.
    case lockWaitTimedOut(seconds: Double, holders: [BlockingSession])
    /// A version given on the command line that is not in the directory or history.
    case unknownVersion(String, String)
    /// The session would read the SQL about to be sent (`place`) differently from the gates (`settings` say
    /// how); `consequence` is the state the database is left in.
    case sessionReadsSQLDifferently(place: String, settings: [String], consequence: String)

    public var description: String {
        switch self {
        case .missingDirectory(let path):
            return "the migrations directory \(path) does not exist "
                + "(current directory \(FileManager.default.currentDirectoryPath)); "
                + "pass --migrations-dir naming the folder of migration files, or create it"
        case .invalidDirectory(let path, let problems):
            return "the migrations directory \(path) has badly named files:\n"
                + problems.map { "  \($0)" }.joined(separator: "\n")
                + "\nrename them, then run the command again"
        case .unreadable(let fileName, let error):
            return "\(fileName):\(error.line): \(error.message)\n"
                + "nothing was applied; fix the file and run the command again"
        case .syntax(let fileName, let sql, let error):
            var lines = ["\(fileName)\(error.line.map { ":\($0)" } ?? ""): syntax error: \(error.message)"]
            if let offset = error.byteOffset { lines += caretLines(SourceText(sql), byteOffset: offset) }
            lines.append("nothing was applied; fix the file and run the command again")
            return lines.joined(separator: "\n")
        case .blocked(let sessions, let access, let terminateHint):
            var lines = [
                "other sessions hold locks on \(HistoryTable.qualifiedName); "
                    + (access == .write
                        ? "migrating now would wait behind them:" : "reading it would wait behind them:")
            ]
            lines += sessions.map { "  \($0)" }
            lines.append(
                terminateHint
                    ? "end those sessions (or their transactions), or pass --terminate-blockers-older-than 30m in CI"
                    : "end those sessions (or their transactions) and run the command again")
            return lines.joined(separator: "\n")
        case .conflictingLocks(let conflicts, let waited, let terminateHint):
            let files = Set(conflicts.map(\.fileName)).sorted().joined(separator: ", ")
            var lines = [
                "other sessions hold locks that \(files) needs"
                    + (waited > 0 ? ", still after waiting --wait \(DurationText.render(waited))" : "")
                    + "; running it now would queue behind them and hold up every later query on those tables "
                    + "(nothing from it was applied):"
            ]
            lines += conflicts.map { "  \($0)" }
            lines.append(
                "end those sessions (or their transactions) and run the command again, "
                    + (waited > 0 ? "wait longer with a larger --wait" : "pass --wait 5m to wait for them")
                    + (terminateHint ? ", or pass --terminate-blockers-older-than 30m in CI" : ""))
            return lines.joined(separator: "\n")
        case .sessionNotPinned(let evidence, let strandedLockPID):
            var lines = [
                "db migrate needs one server session for its whole run, and this connection does not keep one: "
                    + evidence + ".",
                "This is what a transaction- or statement-mode pooler does (PgBouncer pool_mode = transaction): the "
                    + "session-level advisory lock that keeps two migrators apart would be taken on one server "
                    + "connection and stay there while the run's statements go to others.",
            ]
            if let pid = strandedLockPID {
                lines.append(
                    "The migration lock may still be held by server pid \(pid) until the pooler closes that "
                        + "connection; end it with SELECT pg_terminate_backend(\(pid)) if no migrator is running.")
            }
            lines.append(
                "Nothing was applied. Connect db migrate to PostgreSQL directly (not through the pooler), or through "
                    + "a session-mode pool, and run it again.")
            return lines.joined(separator: "\n")
        case .lockWaitTimedOut(let seconds, let holders):
            var lines = [
                "another migrator held the migration lock for longer than --wait \(DurationText.render(seconds))"
            ]
            lines += holders.map { "  \($0)" }
            lines.append("wait for it to finish, or raise --wait")
            return lines.joined(separator: "\n")
        case .unknownVersion(let version, let whereMissing):
            return "version \(version) is not \(whereMissing)"
        case .sessionReadsSQLDifferently(let place, let settings, let consequence):
            return "refusing to send \(place): the session's \(settings.joined(separator: " and ")) "
                + "(set by a file or statement run before it, or by the server, database or role configuration), "
                + "so Postgres would read it differently from the gates, which read SQL as Postgres does with "
                + "standard_conforming_strings = on and client_encoding UTF8; \(consequence); remove the SET "
                + "(or set_config) of that setting from the migrations, or set it back "
                + "(ALTER DATABASE … SET standard_conforming_strings = on), then run the command again"
        }
    }
}

/// A gate refused to run anything (exit code 1); each finding says what and where.
public struct GateRefusal: Error, Sendable, CustomStringConvertible {
    /// What the command refused to do, e.g. `refusing to migrate`.
    public let summary: String
    public let findings: [String]

    public init(summary: String, findings: [String]) {
        self.summary = summary
        self.findings = findings
    }

    public var description: String {
        ([summary + ":"] + findings.map { "  - \($0)" } + ["nothing was applied"]).joined(separator: "\n")
    }
}

/// The source line holding a byte offset, and a caret under it:
/// ```
///    14 | CREATE INDEX posts_author_idx ON posts (author);
///       |                                         ^
/// ```
func caretLines(_ source: SourceText, byteOffset: Int) -> [String] {
    let line = source.line(atByte: byteOffset)
    let column = source.column(atByte: byteOffset)
    let text = source.lineText(line).replacingOccurrences(of: "\t", with: " ")
    let number = String(line)
    let gutter = String(repeating: " ", count: number.count)
    return [
        "  \(number) | \(text)",
        "  \(gutter) | \(String(repeating: " ", count: max(0, column - 1)))^",
    ]
}
