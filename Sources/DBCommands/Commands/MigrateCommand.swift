import ArgumentParser
import Foundation
import LockSafety
import Migrations

/// `db migrate`: applies pending migration files, behind the safety gates.
struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Apply pending migrations, each in its own transaction with its history row.",
        discussion: """
            Refuses (exit 1, nothing applied) when an applied file changed or is missing, when a pending file is \
            older than the newest applied one (unless --allow-out-of-order), or when a pending file drops or \
            deletes data (unless --allow-destructive). Concurrent runs are serialised by an advisory lock: a \
            second run waits (--wait) and then finds nothing to do. Files starting with `-- db:no-transaction` \
            run statement by statement outside a transaction.
            """,
        subcommands: [MigrateDownCommand.self])

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var directory: MigrationsDirectoryOption
    @OptionGroup var locks: LockOptions

    @Flag(help: "Print the plan and the gates' findings; change nothing.")
    var dryRun = false
    @Flag(help: "Apply pending files older than the newest applied one.")
    var allowOutOfOrder = false
    @Flag(help: "Apply files that drop objects or delete data.")
    var allowDestructive = false
    @Flag(help: "Apply all pending files in one transaction.")
    var singleTransaction = false
    @Flag(
        help: """
            Apply nothing: print each pending statement's locks, what they block, the relations' live sizes, the \
            estimated lock time and the conflicting holders now; exit 1 when one is over --max-lock-time or waits \
            for a holder.
            """)
    var plan = false
    @Flag(help: "With --plan: print the plan as JSON (format 1).")
    var json = false
    @Option(
        help: ArgumentHelp(
            "The longest a statement may hold a lock that blocks reads or writes, e.g. 5s, 2m.", valueName: "duration"))
    var maxLockTime: String = "5s"
    @Option(
        help: ArgumentHelp(
            "Rewrite/scan rate for lock-time estimates, e.g. 50MB/s (default: measured on the server).",
            valueName: "rate"))
    var throughput: String?
    @Flag(help: "Apply files whose statements would hold blocking locks longer than --max-lock-time.")
    var allowLongLocks = false

    func validate() throws {
        guard DurationText.seconds(maxLockTime) != nil else {
            throw ValidationError("--max-lock-time \(maxLockTime) is not a duration (examples: 500ms, 5s, 2m)")
        }
        if let throughput, Throughput(parsing: throughput) == nil {
            throw ValidationError(
                "--throughput \(throughput) is not a rate; write bytes per second such as 50MB/s or 1.5GB/s")
        }
        if json && !plan { throw ValidationError("--json goes with --plan") }
        if plan && dryRun { throw ValidationError("--plan and --dry-run are two different reports: pick one") }
    }

    func run() throws {
        var options = MigrateOptions()
        options.allowOutOfOrder = allowOutOfOrder
        options.allowDestructive = allowDestructive
        options.singleTransaction = singleTransaction
        locks.apply(to: &options)
        let files = try directory.load()
        let announce: (String) -> Void = { json ? Output.error($0) : Output.line($0) }
        let connection = try connection.connect(applicationName: "db migrate", announceTo: announce)
        announce("migrations: \(directory.migrationsDirectory) (\(files.count) file\(files.count == 1 ? "" : "s"))")
        let migrator = Migrator(connection: connection, files: files, options: options, report: Output.line)
        let budget = LockBudget(
            maxLockSeconds: DurationText.seconds(maxLockTime) ?? 5, givenThroughput: throughput.flatMap(Throughput.init)
        )
        if plan {
            let report = try budget.plan(try migrator.plan().status.pending, on: connection)
            if json {
                Output.line(try Output.stableJSON(report))
            } else {
                for line in report.renderedLines { Output.line(line) }
            }
            if !report.withinBudget { throw ExitCode(1) }
        } else if dryRun {
            let plan = try migrator.plan()
            try printLintFindings(pending: plan.status.pending, all: files)
            try printPlan(plan, destructiveAllowed: allowDestructive)
        } else {
            // The blocker check runs first, then the plan is read under the migration lock.
            try migrator.migrate {
                try printLintFindings(pending: $0.status.pending, all: files)
                if !allowLongLocks { try budget.enforce($0.status.pending, on: connection) }
            }
        }
    }

    /// The same findings as `db lint` for pending files; informational (only the destructive gate blocks).
    private func printLintFindings(pending: [MigrationFile], all files: [MigrationFile]) throws {
        guard !pending.isEmpty else { return }
        let findings = try LintRun.findings(targets: pending.map(LintRun.input), after: files.map(LintRun.input))
        guard !findings.isEmpty else { return }
        Output.line("lint (\(findings.count) finding\(findings.count == 1 ? "" : "s"); see `db lint`):")
        for finding in findings { Output.line("  " + finding.rendered.replacingOccurrences(of: "\n", with: "\n  ")) }
    }

    /// Destructive statements are listed here only when allowed; otherwise the refusal lists each one once.
    private func printPlan(_ plan: MigrationPlan, destructiveAllowed: Bool) throws {
        Output.line("dry run: nothing will be changed")
        let pending = plan.status.pending
        Output.line("pending (\(pending.count)):")
        for file in pending {
            Output.line("  \(file.fileName)\(file.runsInTransaction ? "" : " (no transaction)")")
        }
        if destructiveAllowed, !plan.destructive.isEmpty {
            Output.line("destructive statements:")
            for finding in plan.destructive { Output.line("  \(finding.description)") }
        }
        try plan.enforce()
        Output.line(
            pending.isEmpty
                ? "nothing to migrate"
                : "gates pass: `db migrate` would apply \(pending.count) migration\(pending.count == 1 ? "" : "s")")
    }
}
