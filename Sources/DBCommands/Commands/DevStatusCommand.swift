import ArgumentParser

/// `db dev status`: running or not, port, URL. Exit 0 when running, 1 when not.
struct DevStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Say whether the local cluster runs (exit 0) or not (exit 1).")

    func run() throws {
        let dev = DevCluster()
        let cluster = dev.cluster()
        guard cluster.isRunning else {
            Output.line(
                cluster.isInitialized
                    ? "local cluster in .db/ is stopped (port \(cluster.port)); start it with `db dev start`"
                    : "no local cluster in .db/; create and start one with `db dev start`")
            throw ExitCode(1)
        }
        Output.line("local cluster running on port \(cluster.port), data in \(cluster.dataDirectory.path)")
        Output.line(cluster.url(database: DevCluster.databaseName))
    }
}
