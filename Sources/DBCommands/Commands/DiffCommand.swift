import ArgumentParser
import Diff
import Foundation
import Postgres
import Workflow

/// `db diff --from SOURCE --to SOURCE`: the SQL that turns one schema into another.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Print the SQL that turns FROM into TO.",
        discussion: """
            A SOURCE is a PostgreSQL URL, `migrations` (the migrations directory replayed into a scratch database) \
            or `schema` (the Swift DSL, applied to a scratch database). Both sides are introspected from Postgres, \
            so formatting never shows up as a difference. Destructive statements are preceded by a \
            `-- destructive:` comment, lock-heavy ones by `-- lock:`. Exit codes: 0 (with --exit-code: no \
            differences), 1 differences found (--exit-code only), 2 error.
            """)

    @Option(help: "The current schema: a URL, `migrations` or `schema`.")
    var from: String
    @Option(help: "The desired schema: a URL, `migrations` or `schema`.")
    var to: String
    @Option(name: .customLong("schema"), help: "Only these schemas (repeatable).")
    var schemas: [String] = []
    @Flag(help: "Exit 1 when there are differences, 0 when none.")
    var exitCode = false
    @Flag(help: "Print the change list as JSON (kind, summary, sql, destructive, hazard, transactional).")
    var json = false
    @OptionGroup var directory: MigrationsDirectoryOption
    @OptionGroup var scratch: ScratchServerOptions
    @OptionGroup var ownership: OwnersOption

    func run() throws {
        let from = try SchemaSourceSpec(self.from)
        let to = try SchemaSourceSpec(self.to)
        let loader = scratch.loader(migrations: directory, target: Self.firstDatabase(from, to))
        let filter = try loader.schemaFilter(schemas, sides: [from, to])
        let (current, desired) = try loader.loadPair(from, to, schemas: filter)
        let changes = diff(
            from: current.catalog, to: desired.catalog, hints: desired.hints, options: ownership.diffOptions)
        if json {
            Output.line(try Output.stableJSON(ChangeScript.Document(changes)))
        } else {
            Output.text(ChangeScript.render(changes))
        }
        if exitCode && !changes.isEmpty { throw ExitCode(1) }
    }

    static func firstDatabase(_ sides: SchemaSourceSpec...) -> ConnectionString? {
        for side in sides { if case .database(let target) = side { return target } }
        return nil
    }
}
