import ArgumentParser
import Catalog
import Foundation
import Introspection
import Postgres

/// `db inspect [--json] [--schema S ...]`: what the database's schema is, as a summary or as the full `Catalog`.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show the database's schema: a summary, or the full model as JSON.",
        discussion: """
            Reads every user schema (or only the --schema ones) in one read-only snapshot; extension objects, \
            system schemas and public.__migrations are left out. --json prints {"format": 2, "catalog": {…}} \
            with sorted keys, stable enough to diff in CI.
            """)

    @OptionGroup var connection: ConnectionOptions

    @Flag(help: "Print the whole catalog as JSON (stable, versioned).")
    var json = false

    @Option(name: .customLong("schema"), help: "Only read this schema (repeatable; default: all user schemas).")
    var schemas: [String] = []

    func run() throws {
        let (target, source) = try connection.resolve()
        if !json { Output.line("target: \(target.redacted) (from \(source))") }
        let connection = try Postgres.Connection(target, applicationName: "db inspect")
        let catalog: Catalog
        do {
            catalog = try introspect(connection, schemas: schemas.isEmpty ? nil : schemas)
        } catch let error as IntrospectionError {
            throw CommandError(error.description)
        }
        if json {
            Output.data(try InspectReport(catalog: catalog).json())
        } else {
            for line in CatalogSummary(catalog).lines { Output.line(line) }
        }
    }
}
