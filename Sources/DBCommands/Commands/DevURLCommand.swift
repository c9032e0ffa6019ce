import ArgumentParser

/// `db dev url`: prints the dev database's URL, for `psql "$(db dev url)"` or `DATABASE_URL=…`.
struct DevURLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "url", abstract: "Print the URL of the local cluster's `dev` database.")

    func run() throws {
        let cluster = DevCluster().cluster()
        guard cluster.isRunning else {
            throw CommandError("the local cluster is not running; start it with `db dev start`")
        }
        Output.line(cluster.url(database: DevCluster.databaseName))
    }
}
