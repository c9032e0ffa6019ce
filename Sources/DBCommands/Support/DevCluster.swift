import Foundation
import Migrations
import Postgres

/// The project's local PostgreSQL cluster under `.db/` in the current directory (gitignored).
///
/// `.db/port` remembers the port chosen by `db dev start --port`, so `url` and connection resolution find it.
struct DevCluster {
    static let defaultPort = 54329
    /// The database `db dev start` creates and commands use.
    static let databaseName = "dev"

    /// The cluster folder, symlinks resolved (`.db` may point to a folder the server's OS user can reach).
    let directory: URL
    let projectDirectory: URL

    init(projectDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) {
        self.projectDirectory = projectDirectory
        directory = projectDirectory.appendingPathComponent(".db").resolvingSymlinksInPath()
    }

    /// As root, the server runs as `postgres`, which cannot reach a project under a private folder such as
    /// `/root`. Then `.db` becomes a symlink to a folder under /tmp; returns the cluster to use.
    func prepareDirectory() throws -> DevCluster {
        let link = projectDirectory.appendingPathComponent(".db")
        guard geteuid() == 0, !FileManager.default.fileExists(atPath: link.path) else { return self }
        if (try? runProcess(
            "/usr/sbin/runuser", ["-u", "postgres", "--", "/usr/bin/test", "-x", projectDirectory.path]))
            != nil
        {
            return self
        }
        let outside = URL(fileURLWithPath: "/tmp/db-dev-\(sha256Hex(Data(projectDirectory.path.utf8)).prefix(12))")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: outside)
        Output.line(
            "the postgres OS user cannot reach \(projectDirectory.path); cluster data goes to \(outside.path) (.db links there)"
        )
        return DevCluster(projectDirectory: projectDirectory)
    }

    private var portFile: URL { directory.appendingPathComponent("port") }

    /// The remembered port, else the default.
    var storedPort: Int {
        (try? String(contentsOf: portFile, encoding: .utf8)).flatMap {
            Int($0.trimmingCharacters(in: .whitespacesAndNewlines))
        }
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

    /// True when nothing listens on `127.0.0.1:port` (the dev cluster listens on localhost).
    static func isPortFree(_ port: Int) -> Bool {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return true }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        return result == 0
    }
}
