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
        do {
            try connection.transaction {
                // A session holding any lock on a table would make the drops wait for as long as it lives.
                try connection.execute("SET LOCAL lock_timeout = '2s'")
                for schema in schemas { try connection.execute("DROP SCHEMA \(quoteIdentifier(schema)) CASCADE") }
                try connection.execute("CREATE SCHEMA IF NOT EXISTS public")
            }
        } catch let error as PostgresError where error.sqlState == "55P03" {
            let holders = try BlockingSession.relationLockHolders(connection)
            throw CommandError(
                """
                db reset could not drop the schemas within 2 s (SQLSTATE 55P03): other sessions hold locks on their \
                tables; nothing was dropped. End them and run it again:
                \(holders.map { "  - \($0)" }.joined(separator: "\n"))
                """)
        }
        Output.line("dropped schemas: \(schemas.isEmpty ? "(none)" : schemas.joined(separator: ", "))")
        var options = MigrateOptions()
        options.allowDestructive = true
        _ = try Migrator(connection: connection, files: files, options: options, report: Output.line).migrate()
        if runSeed { try seed.run(on: connection, command: "db reset --seed") }
    }
}
