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

    @Option(help: ArgumentHelp("How long to wait for another `db migrate` to finish.", valueName: "duration"))
    var wait: String = "60s"

    @Option(
        help: ArgumentHelp(
            """
            CI mode: terminate sessions open at least this long (30m or more) that hold locks on \
            public.__migrations, reporting each, before migrating.
            """, valueName: "duration"))
    var terminateBlockersOlderThan: String?

    func validate() throws {
        for (flag, text) in [
            ("--lock-timeout", lockTimeout), ("--statement-timeout", statementTimeout), ("--wait", wait),
        ] {
            guard DurationText.seconds(text) != nil else {
                throw ValidationError("\(flag) \(text) is not a duration (examples: 500ms, 5s, 10m, 1h)")
            }
        }
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
        options.wait = DurationText.seconds(wait) ?? 60
        options.terminateBlockersOlderThan = terminateBlockersOlderThan.flatMap(DurationText.seconds)
    }
}
