import Foundation
import Postgres

/// The throwaway PostgreSQL cluster of this test process: started on first use (fsync off, Unix socket only),
/// stopped and deleted when the process exits. Each test gets its own database with `TestCluster.newDatabase()`.
public enum TestCluster {
    private static let state: Result<LocalCluster, Error> = {
        let directory = URL(fileURLWithPath: NSTemporaryDirectory())
            .appendingPathComponent("db-tests-\(getpid())-\(UUID().uuidString.prefix(8))")
        let cluster = LocalCluster(directory: directory, port: 5432)
        do {
            try cluster.start(settings: [
                "fsync": "off", "synchronous_commit": "off", "full_page_writes": "off",
                "listen_addresses": "''", "max_connections": "300", "shared_buffers": "128MB",
            ])
        } catch {
            return .failure(error)
        }
        runningCluster = cluster
        atexit {
            if let cluster = TestCluster.runningCluster {
                try? cluster.stop()
                try? FileManager.default.removeItem(at: cluster.directory)
            }
        }
        return .success(cluster)
    }()

    nonisolated(unsafe) private static var runningCluster: LocalCluster?

    /// The shared cluster, started on first call.
    public static func shared() throws -> LocalCluster { try state.get() }

    /// Creates a fresh, empty database for one test and returns how to reach it.
    public static func newDatabase(_ label: String = "test") throws -> ConnectionString {
        let cluster = try shared()
        let name = "\(label.prefix(30))_\(UUID().uuidString.prefix(8))".lowercased()
            .replacingOccurrences(of: "-", with: "_")
        let admin = try Connection(cluster.connectionString())
        try admin.execute("CREATE DATABASE \"\(name)\"")
        return cluster.connectionString(database: name)
    }

    /// Creates cluster-level LOGIN roles that a schema's policies name, once per cluster (tests share roles, so
    /// every test creates them the same way).
    public static func ensureLoginRoles(_ roles: [String]) throws {
        let admin = try Connection(try shared().connectionString())
        for role in roles {
            try admin.execute(
                """
                DO $$ BEGIN CREATE ROLE "\(role)" LOGIN;
                EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$
                """)
        }
    }
}
