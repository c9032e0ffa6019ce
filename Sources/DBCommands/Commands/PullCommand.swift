import ArgumentParser
import Foundation
import Introspection
import SchemaPull

/// `db pull`: Swift DSL source for an existing database, so it can adopt the tool.
struct PullCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pull",
        abstract: "Write Swift DSL source (one file per schema) for an existing database.",
        discussion: """
            Writes <NAME>.swift (the DatabaseSchema type) and <NAME>+<Schema>Schema.swift per Postgres schema into \
            --out. Add them to a target depending on SchemaDSL; `db diff --from <database> --to schema` then prints \
            nothing. What the DSL cannot express is marked `// db pull: cannot express …` and listed on stderr.
            """)

    @OptionGroup var connection: ConnectionOptions
    @Option(help: "The directory to write the Swift files into (created if missing).")
    var out: String
    @Option(name: .customLong("schema"), help: "Only these schemas (repeatable; default: all user schemas).")
    var schemas: [String] = []
    @Option(help: "The name of the generated DatabaseSchema type.")
    var name = "PulledSchema"
    @Flag(help: "Overwrite files that already exist.")
    var force = false

    func validate() throws {
        guard isValidSwiftTypeName(name) else {
            throw ValidationError("--name \(name) is not a Swift type name; use letters, digits and underscores")
        }
    }

    func run() throws {
        let database = try connection.connect(applicationName: "db pull", announceTo: Output.line)
        let catalog = try introspect(database, schemas: schemas.isEmpty ? nil : schemas)
        let pulled = renderSwiftSchema(catalog, typeName: name)
        let directory = URL(fileURLWithPath: out, isDirectory: true)
        let existing = pulled.files.map { directory.appendingPathComponent($0.name) }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
        if !existing.isEmpty, !force {
            throw CommandError(
                "not overwriting \(existing.map(\.path).joined(separator: ", ")); "
                    + "pass --force to replace them, or choose another --out")
        }
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for file in pulled.files {
            try file.text.write(to: directory.appendingPathComponent(file.name), atomically: true, encoding: .utf8)
            Output.line("wrote \(directory.appendingPathComponent(file.name).path)")
        }
        for limitation in pulled.limitations {
            Output.error("warning: db pull cannot express \(limitation); see the marked comment in the output")
        }
        Output.line(
            "pulled \(catalog.tables.count) tables, \(catalog.views.count) views, \(catalog.functions.count) functions"
                + " into \(name)")
    }
}
