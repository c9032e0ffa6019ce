/// How `db migrate` runs: gate overrides, transaction mode and timeouts.
public struct MigrateOptions: Sendable {
    public var allowOutOfOrder = false
    public var allowDestructive = false
    /// Wrap the whole run in one transaction (refused when a pending file is `-- db:no-transaction`).
    public var singleTransaction = false
    /// `lock_timeout` for each migration, in seconds; 0 disables it.
    public var lockTimeout: Double = 5
    /// `statement_timeout` for each migration, in seconds; 0 (the default) disables it.
    public var statementTimeout: Double = 0
    /// Retries of a file (or of a statement of a `-- db:no-transaction` file) that timed out waiting for a lock;
    /// each waits longer than the one before (`LockRetry.delay(beforeRetry:)`).
    public var lockRetries = 3
    /// How long to wait for another migrator's advisory lock, in seconds.
    public var wait: Double = 60
    /// How long to wait, before a file, for other sessions to release granted locks that conflict with the locks
    /// the file takes (polling `pg_locks`, never queueing behind them); 0 (the default) fails at once.
    public var waitForConflictingLocks: Double = 0
    /// Terminate sessions blocking the history table, or holding locks a pending file conflicts with, that have been
    /// open at least this long (seconds, ≥ 30m).
    public var terminateBlockersOlderThan: Double?

    /// The smallest `terminateBlockersOlderThan` accepted, so a person's `pg_dump` is never killed mid-job.
    public static let minimumTerminateAge: Double = 30 * 60

    public init() {}
}
