import ArgumentParser
import Foundation
import Migrations
import Postgres

/// `db seed`: runs the seed data file against a development database.
struct SeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed",
        abstract: "Run the seed data file (default schema/seed.sql) in one transaction on a development database.")

    @OptionGroup var target: DevelopmentTargetOptions
    @OptionGroup var seed: SeedFileOption

    func run() throws {
        let connection = try target.connect(command: "seed")
        try seed.run(on: connection)
    }
}

/// `--seed-file FILE`, default `schema/seed.sql` (beside the Swift schema).
struct SeedFileOption: ParsableArguments {
    @Option(help: "Seed data file.")
    var seedFile: String = "schema/seed.sql"

    /// Runs the file in one transaction, like a migration (COPY … FROM STDIN data included); a failure names
    /// the file and line and rolls everything back.
    func run(on connection: Connection, command: String = "db seed") throws {
        guard let data = FileManager.default.contents(atPath: seedFile) else {
            throw CommandError("seed file \(seedFile) not found; write it or pass --seed-file FILE")
        }
        try SeedScript.run(data, fileName: seedFile, on: connection, command: command)
        Output.line("seeded from \(seedFile)")
    }
}
