import ArgumentParser
import Foundation
import Migrations

/// `--migrations-dir DIR`, default `migrations/` in the current directory.
public struct MigrationsDirectoryOption: ParsableArguments {
    @Option(name: .customLong("migrations-dir"), help: ArgumentHelp("Folder of migration files.", valueName: "dir"))
    public var migrationsDirectory: String = "migrations"

    public init() {}

    public var url: URL { URL(fileURLWithPath: migrationsDirectory) }

    /// The migration files, in version order.
    func load() throws -> [MigrationFile] { try MigrationDirectory.load(url) }
}
