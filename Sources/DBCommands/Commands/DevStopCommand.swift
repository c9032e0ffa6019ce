import ArgumentParser

/// `db dev stop`: stops the local cluster (its data stays in `.db/`).
struct DevStopCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stop", abstract: "Stop the local cluster; its data stays in .db/ (delete .db/ to discard it).")

    func run() throws {
        let cluster = DevCluster().cluster()
        guard cluster.isRunning else {
            Output.line("local cluster is not running")
            return
        }
        try cluster.stop()
        Output.line("stopped local cluster on port \(cluster.port)")
    }
}
