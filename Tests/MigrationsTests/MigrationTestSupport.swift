import DBTestSupport
import Foundation
import Migrations
import Postgres

/// A test's own database plus migrations folder.
struct MigrationFixture {
    let target: ConnectionString
    let folder: TemporaryDirectory

    init(_ label: String, over transport: Transport = .socket) throws {
        target = try TestCluster.newDatabase(label, over: transport)
        folder = try TemporaryDirectory(label)
    }

    /// Writes `migrations/<version>_<name>.sql` (and `.down.sql` when given).
    func add(_ version: String, _ name: String, _ sql: String, down: String? = nil) throws {
        try folder.write("\(version)_\(name).sql", sql)
        if let down { try folder.write("\(version)_\(name).down.sql", down) }
    }

    func migrator(_ options: MigrateOptions = MigrateOptions()) throws -> Migrator {
        Migrator(
            connection: try Connection(target, applicationName: "db migrate"),
            files: try MigrationDirectory.load(folder.url), options: options)
    }

    func connect() throws -> Connection { try Connection(target, applicationName: "test") }

    func scalar(_ sql: String) throws -> String? { try connect().execute(sql).rows.first?.values.first ?? nil }

    func historyVersions() throws -> [String] { try HistoryTable.read(connect()).map(\.version) }
}
