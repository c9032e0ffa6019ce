import ArgumentParser
import Foundation
import Migrations
import Postgres

/// `db status [--json]`: applied, pending and problems. Exit 0, or 1 when there are problems.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show applied and pending migrations and any problems (exit 1 when there are problems).",
        discussion: "--json prints the stable format documented in README.md (\"format\": 1).")

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var directory: MigrationsDirectoryOption

    @Flag(help: "Machine-readable output (stable, versioned).")
    var json = false

    func run() throws {
        let files = try directory.load()
        let (target, source) = try connection.resolve()
        let targetLine = "target: \(target.redacted) (from \(source))"
        if json { Output.error(targetLine) } else { Output.line(targetLine) }
        let connection = try Postgres.Connection(target, applicationName: "db status")
        let status = try Migrator(connection: connection, files: files).status()
        if json {
            let report = StatusReport(status: status, target: target, directory: directory.migrationsDirectory)
            Output.line(try report.json())
        } else {
            printHuman(status)
        }
        if !status.problems.isEmpty { throw ExitCode(1) }
    }

    private func printHuman(_ status: MigrationStatus) {
        if !status.runningMigrators.isEmpty {
            Output.line("a migration is running now (the history below is what it has committed so far):")
            for session in status.runningMigrators { Output.line("  \(session)") }
        }
        Output.line("applied (\(status.applied.count)):")
        for entry in status.applied {
            let row = entry.row
            Output.line(
                "  \(row.version)  \(row.name)  applied \(row.appliedAt) in \(row.executionMs) ms by \(row.appliedBy)")
        }
        Output.line("pending (\(status.pending.count)):")
        for file in status.pending {
            Output.line("  \(file.version)  \(file.name)\(file.runsInTransaction ? "" : "  (no transaction)")")
        }
        if !status.invalidIndexes.isEmpty {
            Output.line(
                "invalid indexes (\(status.invalidIndexes.count)), left by failed CREATE INDEX CONCURRENTLY: unused by "
                    + "queries, still updated by writes; `db migrate` drops one before building it again, or drop it "
                    + "with DROP INDEX CONCURRENTLY:")
            for index in status.invalidIndexes { Output.line("  \(index)") }
        }
        if !status.problems.isEmpty {
            Output.line("problems (\(status.problems.count)):")
            for problem in status.problems { Output.line("  - \(problem)") }
        }
    }
}
