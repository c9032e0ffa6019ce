import ArgumentParser
import Foundation
import Postgres
import SchemaDSL

/// The `db` command line: PostgreSQL schema migrations, generated and applied safely.
///
/// Add a subcommand by writing its struct under `Commands/` and listing it in `subcommands`.
public struct DB: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Versioned PostgreSQL migrations, applied safely.",
        discussion: """
            Exit codes: 0 success, 1 refused by a gate (or problems found), 2 error, 130/143 interrupted by \
            SIGINT/SIGTERM.
            The database is --database-url, else DATABASE_URL, else the PG* variables, else the local cluster \
            started with `db dev start`.
            """,
        subcommands: [
            DevCommand.self,
            MigrateCommand.self,
            StatusCommand.self,
            BaselineCommand.self,
            InspectCommand.self,
            LintCommand.self,
            TypesCommand.self,
            DiffCommand.self,
            GenerateCommand.self,
            CheckCommand.self,
            PushCommand.self,
            ResetCommand.self,
            SeedCommand.self,
            PullCommand.self,
        ])

    public init() {}

    /// Parses the process arguments, runs the command and exits with the documented exit code; SIGINT and SIGTERM
    /// end it as `Interruption` describes (130, 143).
    public static func main() {
        Interruption.install()
        Interruption.exit(run(arguments: Array(CommandLine.arguments.dropFirst())))
    }

    /// The entry point of a project's own executable: `schema` is what `schema` means in `db diff`, and what
    /// `db generate`, `db check` and `db push` compare against.
    ///
    /// ```swift
    /// import DBCommands
    /// import MySchema
    /// DB.main(schema: MySchema.self)
    /// ```
    public static func main(schema: any DatabaseSchema.Type) {
        ProjectSchema.shared.set(schema)
        main()
    }

    /// Runs `db` with some arguments and returns its exit code (0, 1 or 2); errors are printed to stderr.
    public static func run(arguments: [String]) -> Int32 {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            return 0
        } catch {
            return ErrorReporter.report(error)
        }
    }
}
