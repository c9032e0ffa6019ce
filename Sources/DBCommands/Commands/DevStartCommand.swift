import ArgumentParser
import Foundation
import Postgres
import SQLSyntax

/// `db dev start [--port N]`: creates the cluster when missing, starts it, creates the `dev` database.
struct DevStartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start", abstract: "Create (when missing) and start the local cluster; print its URL.")

    @Option(help: "TCP port (also names the Unix socket); remembered in .db/port. Default: the last one, else 54329.")
    var port: Int?

    func run() throws {
        let dev = try DevCluster().prepareDirectory()
        var cluster = dev.cluster(port: port)
        if !cluster.isRunning, port == nil, !DevCluster.isPortFree(cluster.port) {
            guard let free = (cluster.port + 1...cluster.port + 50).first(where: DevCluster.isPortFree) else {
                throw CommandError("port \(cluster.port) is taken; pick a free one with `db dev start --port N`")
            }
            Output.line("port \(cluster.port) is taken; using \(free) (remembered in .db/port)")
            cluster = dev.cluster(port: free)
        }
        if cluster.isRunning {
            if let port, port != dev.storedPort {
                throw CommandError(
                    "the local cluster is already running on port \(dev.storedPort); run `db dev stop` first")
            }
            Output.line("local cluster already running on port \(cluster.port)")
        } else {
            try dev.rememberPort(cluster.port)
            do {
                try cluster.start()
            } catch {
                let log = (try? String(contentsOf: cluster.logFile, encoding: .utf8)) ?? ""
                let tail = log.split(separator: "\n").suffix(4).map { "  \($0)" }.joined(separator: "\n")
                throw CommandError(
                    """
                    could not start the local cluster in \(dev.directory.path): \(error)
                    \(tail)
                    if the port is taken, pick another with `db dev start --port N`; as root, the `postgres` OS user \
                    must be able to reach this directory
                    """)
            }
            Output.line("started local cluster on port \(cluster.port) (data in .db/data, log in .db/server.log)")
        }
        let admin = try Connection(cluster.connectionString())
        let exists = try admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [DevCluster.databaseName])
        if exists.rows.isEmpty { try admin.execute("CREATE DATABASE \(quoteIdentifier(DevCluster.databaseName))") }
        Output.line(cluster.url(database: DevCluster.databaseName))
    }
}
