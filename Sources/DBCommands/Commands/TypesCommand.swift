import ArgumentParser
import Foundation
import Introspection
import SwiftTypes

/// `db types`: Swift types for the tables, views, enums and functions of a live database.
struct TypesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "types",
        abstract: "Generate Swift types (Codable structs, enums, function signatures) from the database.",
        discussion: """
            Output is deterministic, so the file can be committed; `db check --types FILE` reports when it no \
            longer matches the database (exit 1).
            """)

    @OptionGroup var connection: ConnectionOptions
    @Option(help: "Write to this file instead of stdout.")
    var out: String?
    @Option(name: .customLong("schema"), help: "Only these schemas (repeatable; default: all user schemas).")
    var schemas: [String] = []

    func run() throws {
        let database = try connection.connect(
            applicationName: "db types", announceTo: out == nil ? Output.error : Output.line)
        let catalog = try introspect(database, schemas: schemas.isEmpty ? nil : schemas)
        let source = SwiftTypesGenerator(catalog: catalog).render()
        guard let out else {
            Output.text(source)
            return
        }
        try source.write(toFile: out, atomically: true, encoding: .utf8)
        Output.line(
            "wrote \(out) (\(catalog.tables.count) tables, \(catalog.views.count) views, \(catalog.enums.count) enums)")
    }
}
