import ArgumentParser
import Foundation
import Migrations

/// `--migrations-dir DIR`, default `migrations/` in the current directory.
public struct MigrationsDirectoryOption: ParsableArguments {
    @Option(name: .customLong("migrations-dir"), help: "Folder of migration files.")
    public var migrationsDirectory: String = "migrations"

    public init() {}

    public var url: URL { URL(fileURLWithPath: migrationsDirectory) }

    /// The migration files, in version order.
    func load() throws -> [MigrationFile] { try MigrationDirectory.load(url) }
}
