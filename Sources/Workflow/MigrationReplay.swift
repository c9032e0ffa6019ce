import Catalog
import Introspection
import Migrations
import Postgres

/// Replays the migrations directory into a scratch database, so the "current" schema never depends on what was
/// done by hand to a developer's database.
public enum MigrationReplay {
    /// Applies every file, in version order, to `connection` (an empty database) with the same runner as
    /// `db migrate` (gates relaxed: destructive and out-of-order files are part of the history).
    public static func apply(_ files: [MigrationFile], to connection: Connection) throws {
        var options = MigrateOptions()
        options.allowDestructive = true
        options.allowOutOfOrder = true
        options.lockTimeout = 0
        _ = try Migrator(connection: connection, files: files, options: options, report: { _ in }).migrate()
    }

    /// The catalog the migrations produce, read from a scratch database on `server`.
    public static func catalog(_ files: [MigrationFile], on server: ConnectionString, schemas: [String]?) throws
        -> Catalog
    {
        try ScratchDatabase.with(on: server) { connection, _ in
            try apply(files, to: connection)
            return try introspectExisting(connection, schemas: schemas)
        }
    }
}
