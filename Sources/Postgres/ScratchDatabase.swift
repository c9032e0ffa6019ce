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
        try Registry.shared.add(name, server: server)
        defer {
            _ = try? admin.execute("DROP DATABASE IF EXISTS \(quoteIdentifier(name)) WITH (FORCE)")
            Registry.shared.remove(name)
        }
        do {
            try admin.execute("CREATE DATABASE \(quoteIdentifier(name))")
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
    /// A name is added before its `CREATE DATABASE`, and once the interruption has taken the list no more are
    /// accepted, so no database created by this process escapes it.
    final class Registry: @unchecked Sendable {
        static let shared = Registry()
        private let lock = NSLock()
        private var live: [String: ConnectionString] = [:]
        private var closedBy: Int32?

        func add(_ name: String, server: ConnectionString) throws {
            try lock.withLock {
                if let signal = closedBy { throw InterruptedError(signal: signal) }
                live[name] = server
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
