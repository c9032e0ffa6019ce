import ArgumentParser
import Introspection
import Migrations
import Postgres
import SQLSyntax

/// `db reset`: drops every user schema of a development database and re-applies all migrations.
struct ResetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset",
        abstract: "Drop all user schemas of a development database, re-apply every migration, optionally seed.",
        discussion: "Refuses any server that is not local without --allow-remote. All data in the database is lost.")

    @OptionGroup var target: DevelopmentTargetOptions
    @OptionGroup var directory: MigrationsDirectoryOption
    @OptionGroup var seed: SeedFileOption
    @Flag(name: .customLong("seed"), help: "Run the seed file after the migrations.")
    var runSeed = false

    func run() throws {
        let files = try directory.load()
        let connection = try target.connect(command: "reset")
        let schemas = try introspect(connection).schemas.keys.sorted()
        try connection.transaction {
            for schema in schemas { try connection.execute("DROP SCHEMA \(quoteIdentifier(schema)) CASCADE") }
            try connection.execute("CREATE SCHEMA IF NOT EXISTS public")
        }
        Output.line("dropped schemas: \(schemas.isEmpty ? "(none)" : schemas.joined(separator: ", "))")
        var options = MigrateOptions()
        options.allowDestructive = true
        _ = try Migrator(connection: connection, files: files, options: options, report: Output.line).migrate()
        if runSeed { try seed.run(on: connection, command: "db reset --seed") }
    }
}
