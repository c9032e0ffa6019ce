import LockSafety
import Migrations
import Postgres

/// The lock plan of pending migration files against the live database, and the budget `db migrate` holds them to:
/// no statement may hold a lock that blocks reads or writes longer than `maxLockSeconds`.
struct LockBudget {
    let maxLockSeconds: Double
    /// `--throughput`; when `nil`, the rate is measured on the server, and only when a statement rewrites or scans
    /// an existing relation that holds data (the probe costs a fraction of a second).
    let givenThroughput: Throughput?

    /// The plan of `files` in run order, the catalog read once. The connection must not be inside a transaction.
    func plan(_ files: [MigrationFile], on connection: Connection) throws -> LockPlanReport {
        try plan(
            files.map { PendingFile(name: $0.fileName, sql: $0.sql, runsInTransaction: $0.runsInTransaction) },
            on: connection)
    }

    /// The plan of files not written yet (`db generate`), in run order.
    func plan(_ pending: [PendingFile], on connection: Connection) throws -> LockPlanReport {
        let unmeasured = Throughput(
            rewriteBytesPerSecond: 1e15, scanBytesPerSecond: 1e15,
            source: "not measured: no statement rewrites or scans a relation that holds data")
        let planner = LockPlanner(
            connection, throughput: givenThroughput ?? unmeasured, maxLockSeconds: maxLockSeconds,
            excludingAdvisoryLock: MigrationLock.key)
        return try planner.plan(pending) { touchesData in
            if let givenThroughput { return givenThroughput }
            return touchesData ? try Throughput.measure(on: connection) : unmeasured
        }
    }

    /// Refuses (`GateRefusal`, exit 1) when a statement of `files` would hold a blocking lock over the budget.
    func enforce(_ files: [MigrationFile], on connection: Connection) throws {
        let over = try plan(files, on: connection).statements.filter(\.overBudget)
        guard !over.isEmpty else { return }
        throw GateRefusal(
            summary: "refusing to migrate: \(over.count) statement\(over.count == 1 ? "" : "s") would hold a lock "
                + "that blocks traffic longer than --max-lock-time \(DurationText.render(maxLockSeconds))",
            findings: over.map { statement in
                let held =
                    statement.lockHeldMilliseconds < 1000
                    ? "~\(statement.lockHeldMilliseconds) ms"
                    : SizeText.duration(Double(statement.lockHeldMilliseconds) / 1000)
                let relations = statement.locks.filter { $0.blocks != .nothing }.map {
                    "\($0.relation) (\($0.mode.sqlName), \($0.effect.rawValue))"
                }
                return "\(statement.file):\(statement.line): \(statement.statement) blocks "
                    + "\(statement.blocks.rawValue) for \(held) on \(relations.joined(separator: ", ")); split it "
                    + "into online steps, or pass --allow-long-locks (see `db migrate --plan`)"
            })
    }
}
