import Foundation

/// Temporary databases for normalising schemas (`schema`, `migrations` sources): created with a recognisable
/// prefix, and always dropped afterwards, also when the body throws or the process is interrupted (SIGINT/SIGTERM).
public enum ScratchDatabase {
    /// Every scratch database name starts with this, so a leftover one is easy to recognise and remove.
    public static let prefix = "db_scratch_"

    /// Creates an empty database on `server`, runs `body` with a connection to it, then drops it.
    ///
    /// `server` must allow `CREATE DATABASE` (a local dev cluster, or `--dev-url`).
    public static func with<T>(on server: ConnectionString, _ body: (Connection, ConnectionString) throws -> T) throws -> T {
        let name = prefix + UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: "")
        let admin = try Connection(server, applicationName: "db scratch")
        do {
            try admin.execute("CREATE DATABASE \"\(name)\"")
        } catch let error as PostgresError {
            var error = error
            error.hint = "scratch databases are created on \(server.redacted); give a server where this user may "
                + "CREATE DATABASE with --dev-url or DB_DEV_URL"
            throw error
        }
        Registry.shared.add(name, server: server)
        defer {
            _ = try? admin.execute("DROP DATABASE IF EXISTS \"\(name)\" WITH (FORCE)")
            Registry.shared.remove(name)
        }
        let target = server.with(["dbname": name])
        let connection = try Connection(target, applicationName: "db scratch")
        return try body(connection, target)
    }

    /// Remembers live scratch databases so a signal handler can drop them before the process exits.
    final class Registry: @unchecked Sendable {
        static let shared = Registry()
        private let lock = NSLock()
        private var live: [String: ConnectionString] = [:]
        private var signalSources: [DispatchSourceSignal] = []

        func add(_ name: String, server: ConnectionString) {
            lock.withLock {
                live[name] = server
                if signalSources.isEmpty { installSignalHandlers() }
            }
        }

        func remove(_ name: String) { _ = lock.withLock { live.removeValue(forKey: name) } }

        private func installSignalHandlers() {
            for signalNumber in [SIGINT, SIGTERM] {
                signal(signalNumber, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
                source.setEventHandler { [weak self] in
                    self?.dropAll()
                    exit(128 + signalNumber)
                }
                source.resume()
                signalSources.append(source)
            }
        }

        private func dropAll() {
            let databases = lock.withLock { live }
            for (name, server) in databases {
                if let admin = try? Connection(server, applicationName: "db scratch cleanup") {
                    _ = try? admin.execute("DROP DATABASE IF EXISTS \"\(name)\" WITH (FORCE)")
                }
            }
        }
    }
}
