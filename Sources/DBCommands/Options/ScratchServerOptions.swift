import ArgumentParser
import Foundation
import Postgres
import Workflow

/// Where scratch databases (for the `schema` and `migrations` sources) are created: `--dev-url`, else
/// `DB_DEV_URL`, else the server of the target database, else the local dev cluster.
struct ScratchServerOptions: ParsableArguments {
    @Option(
        name: .customLong("dev-url"),
        help: "Server for scratch databases (default: DB_DEV_URL, the target's server, or the `db dev` cluster).")
    var devURL: String?

    /// The scratch server; `target` is the database the command is about, when it has one.
    func resolve(target: ConnectionString?) throws -> ConnectionString {
        if let devURL { return try ConnectionString(devURL, source: "--dev-url") }
        if let url = ProcessInfo.processInfo.environment["DB_DEV_URL"], !url.isEmpty {
            return try ConnectionString(url, source: "DB_DEV_URL")
        }
        if let target { return target }
        if let running = DevCluster().runningTarget { return running }
        throw CommandError(
            """
            no server for scratch databases: pass --dev-url (or set DB_DEV_URL) to a server where you may \
            CREATE DATABASE, or start the local cluster with `db dev start`
            """)
    }

    /// A loader for the project's schema sources with this scratch server.
    func loader(migrations: MigrationsDirectoryOption, target: ConnectionString?) -> CatalogLoader {
        CatalogLoader(
            schema: ProjectSchema.shared.current, migrationsDirectory: migrations.url,
            scratchServer: { try resolve(target: target) })
    }
}
