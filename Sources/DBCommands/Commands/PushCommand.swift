import ArgumentParser
import Diff
import Migrations
import SQLSyntax
import Workflow

/// `db push`: applies the Swift schema to a development database directly, without a migration file.
struct PushCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "push",
        abstract: "Apply the Swift schema to a development database directly (no migration file).",
        discussion: """
            Diffs the live database against the Swift schema and applies the changes. Refuses destructive \
            changes without --force, and any server that is not local without --allow-remote. Use \
            `db generate` + `db migrate` for shared and production databases.
            """)

    @OptionGroup var target: DevelopmentTargetOptions
    @OptionGroup var scratch: ScratchServerOptions
    @OptionGroup var directory: MigrationsDirectoryOption
    @OptionGroup var ownership: OwnersOption
    @Flag(help: "Apply destructive changes (drops) too.")
    var force = false
    @Flag(help: "Print the SQL; change nothing.")
    var dryRun = false

    func run() throws {
        let connection = try target.connect(command: "push")
        let loader = scratch.loader(migrations: directory, target: connection.target)
        let source = try loader.schemaSource()
        let (live, desired) = try loader.loadPair(.database(connection.target), .schema, schemas: source.schemaNames)
        let changes = diff(
            from: live.catalog, to: desired.catalog, hints: desired.hints, options: ownership.diffOptions)
        guard !changes.isEmpty else {
            Output.line("No schema changes: the database matches the Swift schema.")
            return
        }
        let destructive = changes.filter(\.isDestructive)
        if dryRun {
            Output.text(ChangeScript.render(changes))
            if !destructive.isEmpty && !force {
                Output.line(sqlLineComment("(destructive: `db push` would need --force)"))
            }
            return
        }
        if !destructive.isEmpty && !force {
            throw GateRefusal(
                summary: "refusing to push destructive changes without --force", findings: destructive.map(\.summary))
        }
        try ChangeApplier.apply(all: changes, to: connection)
        for change in changes { Output.line("  \(change.summary)") }
        Output.line("pushed \(changes.count) change\(changes.count == 1 ? "" : "s")")
    }
}
