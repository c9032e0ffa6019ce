import ArgumentParser
import Migrations

/// How a migrating command waits and what it may terminate: shared by `migrate`, `migrate down`, `baseline`.
struct LockOptions: ParsableArguments {
    @Option(help: ArgumentHelp("lock_timeout for each migration, e.g. 5s, 500ms; 0 disables.", valueName: "duration"))
    var lockTimeout: String = "5s"

    @Option(
        help: ArgumentHelp(
            "statement_timeout for each migration, e.g. 10m; 0 (default) is none.", valueName: "duration"))
    var statementTimeout: String = "0"

    @Option(
        help: ArgumentHelp(
            "Retries (with a growing pause) of a file that timed out waiting for a lock.", valueName: "count"))
    var lockRetries = MigrateOptions().lockRetries

    @Option(
        help: ArgumentHelp(
            """
            How long to wait for other sessions: for another `db migrate` to finish (60s when not given) and, only             when given, for sessions holding locks that a pending file conflicts with (without it, those fail the             run at once).
            """, valueName: "duration"))
    var wait: String?

    @Option(
        help: ArgumentHelp(
            """
            CI mode: terminate sessions open at least this long (30m or more) that hold locks on \
            public.__migrations or locks a pending file conflicts with, reporting each.
            """, valueName: "duration"))
    var terminateBlockersOlderThan: String?

    func validate() throws {
        for (flag, text) in [
            ("--lock-timeout", lockTimeout), ("--statement-timeout", statementTimeout), ("--wait", wait ?? "60s"),
        ] {
            guard DurationText.seconds(text) != nil else {
                throw ValidationError("\(flag) \(text) is not a duration (examples: 500ms, 5s, 10m, 1h)")
            }
        }
        guard lockRetries >= 0 else { throw ValidationError("--lock-retries must be 0 or more, not \(lockRetries)") }
        if let text = terminateBlockersOlderThan {
            guard let seconds = DurationText.seconds(text) else {
                throw ValidationError("--terminate-blockers-older-than \(text) is not a duration (example: 30m)")
            }
            guard seconds >= MigrateOptions.minimumTerminateAge else {
                throw ValidationError(
                    "--terminate-blockers-older-than must be at least 30m, so a person's pg_dump is never killed mid-job"
                )
            }
        }
    }

    /// Copies these settings into migrate options.
    func apply(to options: inout MigrateOptions) {
        options.lockTimeout = DurationText.seconds(lockTimeout) ?? 5
        options.statementTimeout = DurationText.seconds(statementTimeout) ?? 0
        options.lockRetries = lockRetries
        if let wait, let seconds = DurationText.seconds(wait) {
            options.wait = seconds
            options.waitForConflictingLocks = seconds
        }
        options.terminateBlockersOlderThan = terminateBlockersOlderThan.flatMap(DurationText.seconds)
    }
}
