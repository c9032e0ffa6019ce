import Foundation
import Postgres

/// A PgBouncer in front of the test cluster, listening on 127.0.0.1 at a free port (`auth_type = trust`), reaching
/// the server over its Unix socket; stopped when dropped. Started as the `postgres` OS user when the tests run as
/// root (PgBouncer refuses root).
public final class PgBouncer {
    /// How PgBouncer hands server connections to clients.
    public enum PoolMode: String, Sendable, CaseIterable {
        case session
        case transaction
        case statement
    }

    public static let executable = "/usr/sbin/pgbouncer"

    public let port: Int
    private let process: Subprocess
    private let directory: TemporaryDirectory

    /// Starts PgBouncer in `mode` and waits until it accepts connections; throws (naming `scripts/setup.sh`)
    /// when PgBouncer is not installed.
    public init(mode: PoolMode) throws {
        guard FileManager.default.isExecutableFile(atPath: Self.executable) else {
            throw PgBouncerError("\(Self.executable) is missing: run scripts/setup.sh (it installs pgbouncer)")
        }
        let cluster = try TestCluster.shared()
        directory = try TemporaryDirectory("pgbouncer")
        port = try TestCluster.freeLoopbackPort()
        try directory.write("userlist.txt", "\"postgres\" \"\"\n")
        let configuration = try directory.write(
            "pgbouncer.ini",
            """
            [databases]
            * = host=\(cluster.socketDirectory.path) port=\(cluster.port)
            [pgbouncer]
            listen_addr = 127.0.0.1
            listen_port = \(port)
            unix_socket_dir =
            auth_type = trust
            auth_file = \(directory.path)/userlist.txt
            pool_mode = \(mode.rawValue)
            max_client_conn = 100
            default_pool_size = 10

            """)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory.path)
        let command =
            getuid() == 0
            ? ["/usr/bin/setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups", Self.executable]
            : [Self.executable]
        process = try Subprocess(command[0], Array(command.dropFirst()) + [configuration.path])
        let deadline = Date().addingTimeInterval(10)
        while (try? Connection(connectionString())) == nil {
            guard Date() < deadline else {
                process.kill(SIGKILL)
                let outcome = process.wait()
                throw PgBouncerError("pgbouncer did not accept connections within 10 s: \(outcome.stderr)")
            }
            usleep(50_000)
        }
    }

    /// SIGKILL: threads of the test runner block the other signals, and a spawned process inherits that mask.
    deinit {
        process.kill(SIGKILL)
        _ = process.wait()
    }

    /// How to reach `database` of the test cluster through this PgBouncer.
    public func connectionString(database: String = "postgres") -> ConnectionString {
        ConnectionString(options: [
            "host": "127.0.0.1", "port": String(port), "dbname": database, "user": "postgres",
        ])
    }
}

/// PgBouncer could not be started for a test.
public struct PgBouncerError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
