import Foundation
import Postgres

/// How a test reaches the cluster: both ways lead to the same server and databases.
public enum Transport: String, CaseIterable, Sendable, CustomStringConvertible {
    /// The Unix socket, `trust` authentication.
    case socket
    /// TCP on 127.0.0.1 with a password (`scram-sha-256`), as on a CI service container.
    case tcpPassword

    public var description: String { rawValue }
}

/// The throwaway PostgreSQL cluster of this test process: started on first use (fsync off), stopped and deleted
/// when the process exits. It listens on a Unix socket (`trust`) and on 127.0.0.1 at a free port
/// (`scram-sha-256`, the `postgres` user has a password). Each test gets its own database with
/// `TestCluster.newDatabase(_:over:)`.
public enum TestCluster {
    private static let password = "test-\(UUID().uuidString.prefix(8))"

    private static let state: Result<LocalCluster, Error> = {
        let directory = URL(fileURLWithPath: NSTemporaryDirectory())
            .appendingPathComponent("db-tests-\(getpid())-\(UUID().uuidString.prefix(8))")
        do {
            let cluster = try startOnFreePort(directory)
            runningCluster = cluster
            atexit {
                if let cluster = TestCluster.runningCluster {
                    try? cluster.stop()
                    try? FileManager.default.removeItem(at: cluster.directory)
                }
            }
            let admin = try Connection(cluster.connectionString())
            let setPassword = try admin.query(
                "SELECT format('ALTER ROLE postgres PASSWORD %L', $1::text) AS sql", [password]
            ).rows[0].string("sql")
            try admin.execute(setPassword)
            return .success(cluster)
        } catch {
            return .failure(error)
        }
    }()

    nonisolated(unsafe) private static var runningCluster: LocalCluster?

    /// Starts the cluster on a port that is free on 127.0.0.1, trying again with another port when another
    /// process takes it first (other test suites run on the same machine).
    private static func startOnFreePort(_ directory: URL) throws -> LocalCluster {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let hbaFile = directory.appendingPathComponent("pg_hba.conf")
        try """
        local all all trust
        host all all 127.0.0.1/32 scram-sha-256

        """.write(to: hbaFile, atomically: true, encoding: .utf8)
        var attempt = 0
        while true {
            attempt += 1
            let cluster = LocalCluster(directory: directory, port: try freeLoopbackPort())
            do {
                try cluster.start(settings: [
                    "fsync": "off", "synchronous_commit": "off", "full_page_writes": "off",
                    "listen_addresses": "127.0.0.1", "hba_file": hbaFile.path,
                    "password_encryption": "scram-sha-256", "max_connections": "300", "shared_buffers": "128MB",
                ])
                return cluster
            } catch  where attempt < 5 {
                continue
            }
        }
    }

    /// A TCP port nobody listens on at this moment: the one the kernel picks for port 0.
    public static func freeLoopbackPort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(descriptor, pointer, length) == 0 && getsockname(descriptor, pointer, &length) == 0
            }
        }
        guard bound else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// The shared cluster, started on first call.
    public static func shared() throws -> LocalCluster { try state.get() }

    /// How to reach `database` as the `postgres` superuser over `transport`.
    public static func connectionString(database: String = "postgres", over transport: Transport = .socket) throws
        -> ConnectionString
    {
        let cluster = try shared()
        switch transport {
        case .socket:
            return cluster.connectionString(database: database)
        case .tcpPassword:
            return ConnectionString(options: [
                "host": "127.0.0.1", "port": String(cluster.port), "dbname": database, "user": "postgres",
                "password": password,
            ])
        }
    }

    /// Creates a fresh, empty database for one test and returns how to reach it over `transport`.
    public static func newDatabase(_ label: String = "test", over transport: Transport = .socket) throws
        -> ConnectionString
    {
        let name = "\(label.prefix(30))_\(UUID().uuidString.prefix(8))".lowercased()
            .replacingOccurrences(of: "-", with: "_")
        let admin = try Connection(try connectionString())
        try admin.execute("CREATE DATABASE \"\(name)\"")
        return try connectionString(database: name, over: transport)
    }

    /// Creates cluster-level LOGIN roles that a schema's policies name, once per cluster (tests share roles, so
    /// every test creates them the same way).
    public static func ensureLoginRoles(_ roles: [String]) throws {
        let admin = try Connection(try connectionString())
        for role in roles {
            try admin.execute(
                """
                DO $$ BEGIN CREATE ROLE "\(role)" LOGIN;
                EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$
                """)
        }
    }
}
