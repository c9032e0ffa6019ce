import ArgumentParser
import Migrations

/// `db migrate down [--to VERSION | --steps N]`: runs `.down.sql` files in reverse, removing history rows.
struct MigrateDownCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "down",
        abstract: "Roll back the newest migrations with their .down.sql files (default: one step).",
        discussion: "Refuses (exit 1, nothing run) when a needed .down.sql file is missing.")

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var directory: MigrationsDirectoryOption
    @OptionGroup var locks: LockOptions

    @Option(
        help: ArgumentHelp(
            "Roll back every migration newer than VERSION (VERSION stays applied; 0 rolls back all).",
            valueName: "version"))
    var to: String?
    @Option(help: ArgumentHelp("Roll back the newest N migrations.", valueName: "n"))
    var steps: Int?

    func validate() throws {
        if to != nil && steps != nil { throw ValidationError("give either --to VERSION or --steps N, not both") }
        if let steps, steps < 1 { throw ValidationError("--steps must be at least 1") }
    }

    func run() throws {
        var options = MigrateOptions()
        locks.apply(to: &options)
        let files = try directory.load()
        let connection = try connection.connect(applicationName: "db migrate down")
        let migrator = Migrator(connection: connection, files: files, options: options, report: Output.line)
        let rolledBack = try migrator.rollback(to: to, steps: to == nil ? (steps ?? 1) : nil)
        if !rolledBack.isEmpty {
            Output.line("rolled back \(rolledBack.count) migration\(rolledBack.count == 1 ? "" : "s")")
        }
    }
}
