import ArgumentParser
import Migrations
import Postgres

/// The target of a development-only command (`push`, `reset`, `seed`): refused unless it is this machine
/// (localhost, a Unix socket, the `db dev` cluster) or `--allow-remote` is given.
struct DevelopmentTargetOptions: ParsableArguments {
    @OptionGroup var connection: ConnectionOptions
    @Flag(help: "Allow a server other than localhost, a Unix socket or the local dev cluster.")
    var allowRemote = false

    /// Resolves, prints and checks the target, then connects.
    func connect(command: String) throws -> Connection {
        let (target, source) = try connection.resolve()
        Output.line("target: \(target.redacted) (from \(source))")
        guard target.isLocal || allowRemote else {
            throw GateRefusal(
                summary: "refusing to \(command) \(target.redacted)",
                findings: [
                    "`db \(command)` is for development databases and this server is not local "
                        + "(localhost, a Unix socket or the `db dev` cluster); pass --allow-remote if you mean it"
                ])
        }
        return try Connection(target, applicationName: "db \(command)")
    }
}
