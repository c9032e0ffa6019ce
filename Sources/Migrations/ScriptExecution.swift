import Foundation
import Postgres
import SQLSyntax

/// Runs one migration script (an up or down file) with its history change, in the right transaction mode,
/// and turns a server error into a `MigrationFailure` that points into the file.
struct ScriptExecution {
    enum Mode {
        /// BEGIN, the script, the history change, COMMIT.
        case ownTransaction
        /// Inside a transaction the caller opened (`--single-transaction`); no COMMIT.
        case enclosingTransaction
        /// `-- db:no-transaction`: statement by statement, then the history change.
        case noTransaction
    }

    let connection: Connection
    let options: MigrateOptions
    let watch: BlockerWatch?
    let report: (String) -> Void

    /// Sets `lock_timeout` and `statement_timeout` for the current transaction (`local`) or the session.
    func timeoutSQL(local: Bool) -> String {
        let scope = local ? "SET LOCAL" : "SET"
        return "\(scope) lock_timeout = \(Int(options.lockTimeout * 1000)); "
            + "\(scope) statement_timeout = \(Int(options.statementTimeout * 1000))"
    }

    /// Opens a migration transaction: BEGIN and timeouts.
    func begin(before fileName: String) throws {
        do {
            try connection.execute("BEGIN; \(timeoutSQL(local: true))")
        } catch let error as PostgresError {
            _ = try? connection.execute("ROLLBACK")
            throw MigrationFailure(
                fileName: fileName, script: nil, sent: nil, error: error, statementLines: { [] },
                blockers: blockers(for: error),
                consequence: "could not open its transaction; nothing was applied")
        }
    }

    /// Runs `script` (the file `fileName`; its COPY data through the COPY protocol) then `record` (the history
    /// INSERT or DELETE, given a SQL expression for the script's execution time in milliseconds); returns the
    /// wall time in milliseconds.
    func run(_ script: SQLScript, fileName: String, mode: Mode, record: (String) -> String, command: String) throws
        -> Int
    {
        var copyBlocks = script.copyBlocks.makeIterator()
        let copyData = { copyBlocks.next()?.data }
        switch mode {
        case .ownTransaction:
            try SessionParsing.verify(
                connection, before: fileName,
                consequence: "it was not run; the files applied before it stay applied")
            return try runInOneRoundTrip(
                script, fileName: fileName, copyData: copyData, record: record, command: command)
        case .enclosingTransaction:
            do {
                try SessionParsing.verify(
                    connection, before: fileName,
                    consequence: "nothing was applied (--single-transaction rolls back the whole run)")
            } catch {
                _ = try? connection.execute("ROLLBACK")
                throw error
            }
            let started = ContinuousClock.now
            let sent = script.sent()
            do {
                try connection.execute(sent.sql, copyData: copyData)
            } catch let error as PostgresError {
                _ = try? connection.execute("ROLLBACK")
                throw failure(
                    fileName, script, sent, error, statementLines: { Self.lines(script) },
                    "nothing was applied (--single-transaction rolls back the whole run); fix it and run `\(command)` again"
                )
            }
            let milliseconds = Self.milliseconds(since: started)
            do {
                try connection.execute(record(String(milliseconds)))
            } catch let error as PostgresError {
                _ = try? connection.execute("ROLLBACK")
                throw failure(fileName, nil, nil, error, statementLines: { [] }, "nothing was applied")
            }
            return milliseconds
        case .noTransaction:
            let statements = (try? SQLParser.split(script.parseText)) ?? []
            let trees = Dictionary(
                ((try? SQLParser.parse(script.parseText)) ?? []).map { ($0.byteOffset, $0.node) },
                uniquingKeysWith: { first, _ in first })
            try connection.execute(timeoutSQL(local: false))
            let started = ContinuousClock.now
            for statement in statements {
                try SessionParsing.verify(
                    connection, before: "\(fileName):\(statement.line)",
                    consequence: "this file runs outside a transaction (-- db:no-transaction): the statements "
                        + "before line \(statement.line) stay applied and the file is not recorded")
                let sent = script.sent(statement.byteOffset..<statement.byteOffset + statement.length)
                let retry =
                    trees[statement.byteOffset].map(StatementRetry.init)
                    ?? .unsafe(reason: "libpg_query could not parse it on its own")
                var statementCopyData: Data?? = nil  // a retry sends the statement's COPY data again
                let copyDataOnce = {
                    if let data = statementCopyData { return data }
                    let data = copyData()
                    statementCopyData = .some(data)
                    return data
                }
                let retries = if case .unsafe = retry { 0 } else { options.lockRetries }
                try LockRetry(retries: retries, report: report).run("\(fileName):\(statement.line)") {
                    if case .afterDroppingInvalidIndex(let index, let table) = retry {
                        try dropLeftover(index: index, on: table, fileName: fileName, line: statement.line)
                    }
                    do {
                        try connection.execute(sent.sql, copyData: copyDataOnce)
                    } catch let error as PostgresError {
                        var consequence =
                            "this file runs outside a transaction (-- db:no-transaction): the statements before line "
                            + "\(statement.line) stay applied and the file is not recorded; make it safe to re-run "
                            + "(IF NOT EXISTS), then run `\(command)` again"
                        if error.sqlState == "55P03", case .unsafe(let reason) = retry {
                            consequence += " (the statement was not retried: \(reason))"
                        }
                        throw failure(
                            fileName, script, sent, error, statementLines: { [statement.line] }, consequence)
                    }
                }
            }
            let milliseconds = Self.milliseconds(since: started)
            do {
                try connection.execute(record(String(milliseconds)))
            } catch let error as PostgresError {
                throw failure(
                    fileName, nil, nil, error, statementLines: { [] },
                    "this file runs outside a transaction (-- db:no-transaction): all its statements were applied "
                        + "but its history row could not be written; make the file safe to re-run, then run "
                        + "`\(command)` again")
            }
            return milliseconds
        }
    }

    /// Drops the INVALID index of that name on that table that an earlier failed `CREATE INDEX CONCURRENTLY` left
    /// (unless a session is building it now), reporting it, so the statement builds it again.
    private func dropLeftover(index: String, on table: String, fileName: String, line: Int) throws {
        guard let leftover = try InvalidIndex.leftover(named: index, on: table, connection) else { return }
        do {
            try connection.execute(leftover.dropSQL)
        } catch let error as PostgresError {
            throw MigrationFailure(
                fileName: fileName, script: nil, sent: nil, error: error, statementLines: { [] },
                blockers: blockers(for: error),
                consequence: "the INVALID index \(singleLine(leftover.index)) that an earlier CREATE INDEX "
                    + "CONCURRENTLY left could not be dropped before line \(line) builds it again; the statements "
                    + "before line \(line) stay applied; drop it (\(leftover.dropSQL)) and run the command again")
        }
        report(
            "  \(fileName):\(line): dropped INVALID index \(singleLine(leftover.index)) left by an earlier failed "
                + "CREATE INDEX CONCURRENTLY; building it again")
    }

    /// The statements sent before a file's text in its transaction; their count matters for error mapping.
    /// The history table is not locked: migrators exclude each other with the advisory lock, and readers see the
    /// file's changes and its history row together, at COMMIT.
    private var prelude: (sql: String, statements: Int) {
        (
            "BEGIN; \(timeoutSQL(local: true)); "
                + "SELECT set_config('db.migration_started', clock_timestamp()::text, true);\n", 4
        )
    }

    /// BEGIN, timeouts, the file, its history change and COMMIT in one simple-protocol message:
    /// one round trip per file. The file's execution time is measured by the server.
    private func runInOneRoundTrip(
        _ script: SQLScript, fileName: String, copyData: () -> Data?, record: (String) -> String, command: String
    ) throws -> Int {
        let (prefix, prefixStatements) = prelude
        let elapsed =
            "(extract(epoch FROM clock_timestamp() - current_setting('db.migration_started')::timestamptz) * 1000)::integer"
        let started = ContinuousClock.now
        let sent = script.sent()
        do {
            try connection.execute(prefix + sent.sql + "\n;\n" + record(elapsed) + "; COMMIT", copyData: copyData)
        } catch let error as PostgresError {
            _ = try? connection.execute("ROLLBACK")
            let index = error.statementIndex ?? prefixStatements
            let bodyStatements = Self.lines(script)
            if index < prefixStatements {
                throw failure(
                    fileName, nil, nil, error, statementLines: { [] },
                    "could not open its transaction; nothing was applied")
            }
            if index >= prefixStatements + bodyStatements.count {
                throw failure(
                    fileName, nil, nil, error, statementLines: { [] },
                    "its changes and history row could not be committed; nothing from this file was applied")
            }
            var located = error
            located.statementIndex = index - prefixStatements
            located.position = error.position.flatMap { $0 > prefix.count ? $0 - prefix.count : nil }
            throw failure(
                fileName, script, sent, located, statementLines: { bodyStatements },
                "nothing from this file was applied; "
                    + (error.sqlState == "25001"
                        ? "put `-- db:no-transaction` on the file's first line (it runs statements that cannot run "
                            + "in a transaction), then run `\(command)` again"
                        : "fix it and run `\(command)` again"))
        }
        return Self.milliseconds(since: started)
    }

    private func failure(
        _ fileName: String, _ script: SQLScript?, _ sent: SentSQL?, _ error: PostgresError,
        statementLines: () -> [Int], _ consequence: String
    ) -> MigrationFailure {
        MigrationFailure(
            fileName: fileName, script: script, sent: sent, error: error, statementLines: statementLines,
            blockers: blockers(for: error), consequence: consequence)
    }

    /// For a lock timeout (SQLSTATE 55P03), the sessions the watch saw blocking us.
    private func blockers(for error: PostgresError) -> [BlockingSession] {
        guard error.sqlState == "55P03", let watch else { return [] }
        return watch.blockers(seenWithin: options.lockTimeout + 2)
    }

    static func lines(_ script: SQLScript) -> [Int] { ((try? SQLParser.split(script.parseText)) ?? []).map(\.line) }

    static func milliseconds(since start: ContinuousClock.Instant) -> Int {
        let elapsed = ContinuousClock.now - start
        return Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
    }
}
