import ArgumentParser
import Foundation
import Migrations
import Postgres
import Workflow

/// `db generate`: writes the next migration from the difference between the migrations and the Swift schema.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write the next migration: migrations/ replayed vs the Swift schema.",
        discussion: """
            The current state is the migrations directory replayed into a scratch database (never your local \
            database), the desired state is the Swift schema applied to another. Writes \
            YYYYMMDDHHMMSS_NAME.sql (UTC) with a header listing each change, destructive changes and lock \
            hazards with the safer pattern, plus NAME.down.sql with the exact reverse (unless --no-down). \
            Statements that cannot run in a transaction go into their own `-- db:no-transaction` file with the \
            next version. Every generated file is applied to the replayed database before it is written. \
            Scratch databases go to --dev-url, DB_DEV_URL or the `db dev` cluster.
            """)

    @Option(help: "Name part of the file (snake_case; default: derived from the changes).")
    var name: String?
    @Flag(help: "Do not write .down.sql files.")
    var noDown = false
    @OptionGroup var directory: MigrationsDirectoryOption
    @OptionGroup var scratch: ScratchServerOptions
    @OptionGroup var ownership: OwnersOption
    @Option(
        name: .customLong("database-url"),
        help: ArgumentHelp(
            "A database to size the new files' lock hazards against (rows, bytes, estimated lock time); read only.",
            valueName: "url"))
    var sizingDatabaseURL: String?
    @Option(
        help: ArgumentHelp(
            "With --database-url: the lock budget the sizes are checked against, e.g. 5s.", valueName: "duration"))
    var maxLockTime: String = "5s"

    func validate() throws {
        guard DurationText.seconds(maxLockTime) != nil else {
            throw ValidationError("--max-lock-time \(maxLockTime) is not a duration (examples: 500ms, 5s, 2m)")
        }
    }

    func run() throws {
        let sizing = try sizingDatabaseURL.map { url -> (Connection, String) in
            let target = try ConnectionString(url)
            Output.line("sizing against: \(target.redacted) (from --database-url)")
            return (try Connection(target, applicationName: "db generate"), target.redacted)
        }
        let budget = LockBudget(maxLockSeconds: DurationText.seconds(maxLockTime) ?? 5, givenThroughput: nil)
        let generator = MigrationGenerator(
            loader: scratch.loader(migrations: directory, target: nil), options: ownership.diffOptions)
        let result = try generator.generate(name: name)
        guard !result.migrations.isEmpty else {
            Output.line("No schema changes: \(directory.migrationsDirectory) is up to date with the Swift schema.")
            return
        }
        try FileManager.default.createDirectory(at: directory.url, withIntermediateDirectories: true)
        for migration in result.migrations {
            var sql = migration.sql
            if let (connection, target) = sizing {
                let lines = try SizedHazards.lines(for: migration, target: target, budget: budget, on: connection)
                sql = SizedHazards.inserting(lines, into: sql)
            }
            try write(sql, to: migration.fileName)
            if !noDown { try write(migration.downSQL, to: migration.downFileName) }
            let flags = migration.changes.contains(where: \.isDestructive) ? " (destructive)" : ""
            Output.line("  \(migration.changes.count) change\(migration.changes.count == 1 ? "" : "s")\(flags)")
            for change in migration.changes { Output.line("    \(change.summary)") }
        }
        if !result.unresolved.isEmpty {
            Output.error(
                """
                warning: after the generated files, \(result.unresolved.count) difference(s) remain (a gap in db's \
                diff; please report it):
                \(ChangeScript.render(result.unresolved))
                """)
            throw ExitCode(1)
        }
        Output.line("Review the files, then apply them with `db migrate`.")
    }

    private func write(_ text: String, to fileName: String) throws {
        let url = directory.url.appendingPathComponent(fileName)
        guard !FileManager.default.fileExists(atPath: url.path) else {
            throw CommandError("\(url.path) already exists; nothing was overwritten")
        }
        try text.write(to: url, atomically: true, encoding: .utf8)
        Output.line("wrote \(directory.migrationsDirectory)/\(fileName)")
    }
}
