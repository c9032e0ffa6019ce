import ArgumentParser
import Migrations

/// `db baseline VERSION`: adopts an existing database by recording files up to VERSION as applied.
struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Record every migration up to VERSION as applied without running it.",
        discussion: "For a database whose schema already matches those files. Refuses (exit 1) when history exists.")

    @Argument(help: "The newest version to record, e.g. 20261125093000.")
    var version: String

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var directory: MigrationsDirectoryOption
    @OptionGroup var locks: LockOptions

    func run() throws {
        var options = MigrateOptions()
        locks.apply(to: &options)
        let files = try directory.load()
        let connection = try connection.connect(applicationName: "db baseline")
        try Migrator(connection: connection, files: files, options: options, report: Output.line).baseline(version)
    }
}
