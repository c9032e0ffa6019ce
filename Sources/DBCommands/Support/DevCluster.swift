import Foundation
import Postgres

/// The project's local PostgreSQL cluster under `.db/` in the current directory (gitignored).
///
/// `.db/port` remembers the port chosen by `db dev start --port`, so `url` and connection resolution find it.
struct DevCluster {
    static let defaultPort = 54329
    /// The database `db dev start` creates and commands use.
    static let databaseName = "dev"

    let directory: URL

    init(projectDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) {
        directory = projectDirectory.appendingPathComponent(".db")
    }

    private var portFile: URL { directory.appendingPathComponent("port") }

    /// The remembered port, else the default.
    var storedPort: Int {
        (try? String(contentsOf: portFile, encoding: .utf8)).flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            ?? Self.defaultPort
    }

    func cluster(port: Int? = nil) -> LocalCluster { LocalCluster(directory: directory, port: port ?? storedPort) }

    func rememberPort(_ port: Int) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try "\(port)\n".write(to: portFile, atomically: true, encoding: .utf8)
    }

    /// The dev database's connection string when the cluster looks running (its socket exists), else nil.
    var runningTarget: ConnectionString? {
        let cluster = cluster()
        let socket = cluster.socketDirectory.appendingPathComponent(".s.PGSQL.\(cluster.port)")
        guard FileManager.default.fileExists(atPath: socket.path) else { return nil }
        return cluster.connectionString(database: Self.databaseName)
    }
}
