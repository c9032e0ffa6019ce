import Foundation
import SQLSyntax

/// Temporary databases for normalising schemas (`schema`, `migrations` sources): created with a recognisable name
/// that says who made them (`ScratchDatabaseName`), and always dropped afterwards, also when the body throws or the
/// process is interrupted (`Interruption`). Leftovers of killed runs are dropped by the next run once provably
/// abandoned (`AbandonedScratchDatabases`).
public enum ScratchDatabase {
    /// Every scratch database name starts with this, so a leftover one is easy to recognise and remove.
    public static let prefix = "db_scratch_"

    /// Creates an empty database on `server`, runs `body` with a connection to it, then drops it.
    ///
    /// `server` must allow `CREATE DATABASE` (a local dev cluster, or `--dev-url`).
    public static func with<T>(on server: ConnectionString, _ body: (Connection, ConnectionString) throws -> T) throws
        -> T
    {
        let admin = try Connection(server, applicationName: "db scratch")
        AbandonedScratchDatabases.dropOnce(using: admin)
        let name = ScratchDatabaseName.new().text
        defer {
            // Kept registered when the drop fails (an interruption cancels it), so the interruption drops it.
            if (try? admin.execute("DROP DATABASE IF EXISTS \(quoteIdentifier(name)) WITH (FORCE)")) != nil {
                Registry.shared.remove(name)
            }
        }
        do {
            try Registry.shared.create(name, server: server, using: admin)
        } catch let error as PostgresError {
            var error = error
            error.hint =
                "scratch databases are created on \(server.redacted); give a server where this user may "
                + "CREATE DATABASE with --dev-url or DB_DEV_URL"
            throw error
        }
        let target = server.with(["dbname": name])
        let connection = try Connection(target, applicationName: "db scratch")
        return try body(connection, target)
    }

    /// The scratch databases this process has (or is about to have), so an interruption can drop them.
    ///
    /// A database is created under the registry's lock, and once the interruption has taken the list no more are
    /// created, so none escapes it: a `CREATE DATABASE` that its cancel reaches too late has committed before the
    /// interruption reads the list.
    final class Registry: @unchecked Sendable {
        static let shared = Registry()
        private let lock = NSLock()
        private var live: [String: ConnectionString] = [:]
        private var closedBy: Int32?

        /// Records `name` and runs its `CREATE DATABASE` on `admin`, unless the process has been interrupted.
        func create(_ name: String, server: ConnectionString, using admin: Connection) throws {
            try lock.withLock {
                if let signal = closedBy { throw InterruptedError(signal: signal) }
                live[name] = server
                try admin.execute("CREATE DATABASE \(quoteIdentifier(name))")
            }
        }

        func remove(_ name: String) { _ = lock.withLock { live.removeValue(forKey: name) } }

        /// Refuses further databases, drops every one there is, and returns how many it dropped and a line for each
        /// it could not.
        func dropAllForInterruption(by signal: Int32) -> (dropped: Int, failures: [String]) {
            let databases = lock.withLock {
                closedBy = signal
                return live
            }
            let failures = databases.sorted { $0.key < $1.key }.compactMap { name, server -> String? in
                do {
                    let admin = try Connection(server, applicationName: "db scratch cleanup")
                    try admin.execute("DROP DATABASE IF EXISTS \(quoteIdentifier(name)) WITH (FORCE)")
                    return nil
                } catch {
                    return "could not drop scratch database \(name) on \(server.redacted): \(error); the next db run "
                        + "on that server drops it, or run DROP DATABASE \(quoteIdentifier(name)) WITH (FORCE)"
                }
            }
            return (databases.count - failures.count, failures)
        }
    }
}
