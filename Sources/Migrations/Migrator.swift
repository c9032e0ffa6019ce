import Foundation
import Postgres
import SQLSyntax

/// Applies, rolls back and baselines migration files on one database, under the migration lock.
///
/// ```swift
/// let migrator = Migrator(connection: connection, files: try MigrationDirectory.load(dir)) { print($0) }
/// try migrator.migrate()
/// ```
public final class Migrator {
    public let connection: Connection
    public let files: [MigrationFile]
    public let options: MigrateOptions
    let report: (String) -> Void

    public init(
        connection: Connection, files: [MigrationFile], options: MigrateOptions = MigrateOptions(),
        report: @escaping (String) -> Void = { _ in }
    ) {
        self.connection = connection
        self.files = files
        self.options = options
        self.report = report
    }

    /// Where the database stands, which migrators are running and which invalid indexes failed builds left;
    /// read-only (does not create the history table). Never waits behind a running migration; fails fast
    /// (`MigrationError.blocked`) when another session's lock keeps the history table from being read.
    public func status() throws -> MigrationStatus {
        try MigrationLock.failingFast(connection, .read) {
            MigrationStatus(
                files: files, history: try HistoryTable.read(connection),
                runningMigrators: try MigrationLock.holders(connection),
                invalidIndexes: try InvalidIndex.all(connection))
        }
    }

    /// What `migrate` would do and whether the gates allow it; read-only, fails fast like `status()`.
    public func plan() throws -> MigrationPlan {
        let schema = try connection.execute("SELECT current_schema()").rows.first?.values.first ?? nil
        return try MigrationPlan(status: status(), options: options, defaultSchema: schema ?? "public")
    }

    /// Applies every pending file in version order, each in its own transaction with its history row
    /// (or all in one with `singleTransaction`). Returns the files applied; throws `GateRefusal` before
    /// applying anything when a gate refuses. `review` sees the plan under the migration lock, before the gates
    /// are enforced and before anything runs.
    @discardableResult
    public func migrate(review: (MigrationPlan) throws -> Void = { _ in }) throws -> [MigrationFile] {
        try underLock { execution in
            try HistoryTable.ensure(connection)
            let plan = try MigrationPlan(
                status: MigrationStatus(files: files, history: try HistoryTable.read(connection)), options: options)
            try review(plan)
            try plan.enforce()
            let pending = plan.status.pending
            guard !pending.isEmpty else {
                report("nothing to migrate: the database is up to date (\(plan.status.applied.count) applied)")
                return []
            }
            report("applying \(pending.count) migration\(pending.count == 1 ? "" : "s")")
            let started = ContinuousClock.now
            if options.singleTransaction {
                try applyInOneTransaction(pending, execution)
            } else {
                for file in pending {
                    try apply(file, mode: file.runsInTransaction ? .ownTransaction : .noTransaction, execution)
                }
            }
            report(
                "applied \(pending.count) migration\(pending.count == 1 ? "" : "s") in \(ScriptExecution.milliseconds(since: started)) ms"
            )
            return pending
        }
    }

    /// Runs one file after the conflict check; a file in its own transaction is retried on lock timeouts (a
    /// `-- db:no-transaction` file retries its statements itself).
    private func apply(_ file: MigrationFile, mode: ScriptExecution.Mode, _ execution: ScriptExecution) throws {
        let milliseconds = try runChecked(
            file.script, fileName: file.fileName, mode: mode, execution,
            record: { HistoryTable.insertSQL(file, executionMs: $0) }, command: "db migrate")
        report("  \(file.fileName) (\(milliseconds) ms)\(file.runsInTransaction ? "" : ", no transaction")")
    }

    /// `--single-transaction`: one conflict check over every file's locks, then the whole run, retried as one on
    /// lock timeouts; the files are listed once it has committed.
    private func applyInOneTransaction(_ pending: [MigrationFile], _ execution: ScriptExecution) throws {
        let check = ConflictCheck(connection: connection, options: options, report: report)
        try check.ensureNoConflicts(pending.flatMap { try check.wantedLocks($0.script, fileName: $0.fileName) })
        let times = try LockRetry(retries: options.lockRetries, report: report).run("the run (--single-transaction)") {
            try execution.begin(before: pending[0].fileName)
            let times = try pending.map { file in
                try execution.run(
                    file.script, fileName: file.fileName, mode: .enclosingTransaction,
                    record: { HistoryTable.insertSQL(file, executionMs: $0) }, command: "db migrate")
            }
            try connection.execute("COMMIT")
            return times
        }
        for (file, milliseconds) in zip(pending, times) { report("  \(file.fileName) (\(milliseconds) ms)") }
    }

    /// Fails fast when other sessions hold locks that conflict with the script's (`ConflictCheck`), then runs it;
    /// in its own transaction it is retried as a whole on lock timeouts.
    private func runChecked(
        _ script: SQLScript, fileName: String, mode: ScriptExecution.Mode, _ execution: ScriptExecution,
        record: (String) -> String, command: String
    ) throws -> Int {
        let check = ConflictCheck(connection: connection, options: options, report: report)
        try check.ensureNoConflicts(try check.wantedLocks(script, fileName: fileName))
        let retries = mode == .ownTransaction ? options.lockRetries : 0
        return try LockRetry(retries: retries, report: report).run(fileName) {
            try execution.run(script, fileName: fileName, mode: mode, record: record, command: command)
        }
    }

    /// Runs the `.down.sql` files of the newest applied migrations in reverse order, removing their history
    /// rows: the newest `steps`, or every one newer than `version`. Refuses when a down file is missing.
    @discardableResult
    public func rollback(to version: String? = nil, steps: Int? = nil) throws -> [HistoryRow] {
        try underLock { execution in
            let history = try HistoryTable.read(connection)
            let targets: [HistoryRow]
            if let version {
                guard version.allSatisfy({ $0 == "0" }) || history.contains(where: { $0.version == version }) else {
                    throw MigrationError.unknownVersion(version, "an applied migration (see `db status`)")
                }
                targets = history.filter { $0.version > version }.reversed()
            } else {
                targets = Array(history.suffix(max(0, steps ?? 1)).reversed())
            }
            guard !targets.isEmpty else {
                report("nothing to roll back")
                return []
            }
            let filesByVersion = Dictionary(uniqueKeysWithValues: files.map { ($0.version, $0) })
            let missing = targets.filter { filesByVersion[$0.version]?.down == nil }
            if !missing.isEmpty {
                throw GateRefusal(
                    summary: "refusing to roll back",
                    findings: missing.map {
                        "\($0.version)_\($0.name).down.sql is missing: write it, or roll back fewer steps"
                    })
            }
            report("rolling back \(targets.count) migration\(targets.count == 1 ? "" : "s")")
            for row in targets {
                let down = filesByVersion[row.version]!.down!
                let milliseconds = try runChecked(
                    down.script, fileName: down.fileName,
                    mode: down.runsInTransaction ? .ownTransaction : .noTransaction, execution,
                    record: { _ in HistoryTable.deleteSQL(version: row.version) }, command: "db migrate down")
                report("  \(down.fileName) (\(milliseconds) ms)")
            }
            return targets
        }
    }

    /// Records every file up to and including `version` as applied without running it (adopting a database
    /// whose schema already matches). Refuses when the history table already has rows.
    @discardableResult
    public func baseline(_ version: String) throws -> [MigrationFile] {
        try underLock { _ in
            guard files.contains(where: { $0.version == version }) else {
                throw MigrationError.unknownVersion(version, "a migration file in the migrations directory")
            }
            try HistoryTable.ensure(connection)
            let history = try HistoryTable.read(connection)
            if let newest = history.last {
                throw GateRefusal(
                    summary: "refusing to baseline",
                    findings: [
                        "\(HistoryTable.qualifiedName) already has \(history.count) rows (newest \(newest.version)); "
                            + "baseline only adopts a database without history"
                    ])
            }
            let adopted = files.filter { $0.version <= version }
            try connection.transaction {
                for file in adopted { try connection.execute(HistoryTable.insertSQL(file, executionMs: "0")) }
            }
            report(
                "recorded \(adopted.count) migration\(adopted.count == 1 ? "" : "s") up to \(version) as applied (not run)"
            )
            return adopted
        }
    }

    /// Checks that the connection keeps one server session (`SessionPinning`) and for blockers first, takes the
    /// advisory lock, watches for lock waits, runs `body`, releases; the watch's thread is joined before this
    /// returns. Statements that do not set their own `lock_timeout` (history reads and writes outside a file's
    /// transaction) run under `MigrationLock.bookkeepingLockTimeout`.
    private func underLock<T>(_ body: (ScriptExecution) throws -> T) throws -> T {
        _ = try? connection.execute("SET client_connection_check_interval = 1000")
        return try MigrationLock.failingFast(
            connection, .write, terminateHint: options.terminateBlockersOlderThan == nil
        ) {
            let serverPID = try SessionPinning.serverPID(of: connection)
            try MigrationLock.checkBlockers(
                connection, terminateOlderThan: options.terminateBlockersOlderThan, report: report)
            try MigrationLock.acquire(connection, wait: options.wait, report: report)
            defer { MigrationLock.release(connection) }
            try SessionPinning.verifyHoldsLock(connection, serverPID: serverPID)
            let watch =
                options.lockTimeout > 0
                ? try BlockerWatch(
                    target: connection.target, watchedPID: Int32(serverPID),
                    interval: min(max(options.lockTimeout / 5, 0.05), 0.25))
                : nil
            defer { watch?.stop() }
            return try body(ScriptExecution(connection: connection, options: options, watch: watch, report: report))
        }
    }
}
