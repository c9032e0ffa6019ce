import ArgumentParser
import Foundation
import Postgres

/// Which database a command touches: `--database-url`, else `DATABASE_URL`, else libpq's `PG*` variables,
/// else the running local cluster (`db dev start`).
public struct ConnectionOptions: ParsableArguments {
    @Option(
        name: .customLong("database-url"),
        help: ArgumentHelp(
            "PostgreSQL URL or conninfo (default: DATABASE_URL, PG* variables, or the `db dev` cluster).",
            valueName: "url"))
    public var databaseURL: String?

    public init() {}

    /// The target and where it came from (for the message printed before touching it).
    public func resolve(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        projectDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    ) throws -> (target: ConnectionString, source: String) {
        if let databaseURL { return (try ConnectionString(databaseURL, source: "--database-url"), "--database-url") }
        if let url = environment["DATABASE_URL"], !url.isEmpty {
            return (try ConnectionString(url, source: "DATABASE_URL"), "DATABASE_URL")
        }
        let libpqVariables = [
            "PGHOST": "host", "PGHOSTADDR": "hostaddr", "PGPORT": "port", "PGDATABASE": "dbname", "PGUSER": "user",
            "PGSERVICE": "service",
        ]
        var options: [String: String] = [:]
        for (variable, keyword) in libpqVariables {
            if let value = environment[variable], !value.isEmpty { options[keyword] = value }
        }
        if !options.isEmpty { return (ConnectionString(options: options), "PG* environment variables") }
        if let target = DevCluster(projectDirectory: projectDirectory).runningTarget {
            return (target, "local cluster in .db/")
        }
        throw CommandError(
            """
            no database to connect to: pass --database-url, set DATABASE_URL (or PGHOST/PGDATABASE/…), \
            or start the local cluster with `db dev start`
            """)
    }

    /// Resolves the target, prints it (password redacted) and connects.
    /// `announceTo` is where the target line goes: stdout, or stderr when stdout carries generated output.
    func connect(applicationName: String, announceTo announce: (String) -> Void = Output.line) throws -> Connection {
        let (target, source) = try resolve()
        announce("target: \(target.redacted) (from \(source))")
        return try Connection(target, applicationName: applicationName)
    }
}
