import ArgumentParser
import Migrations
import Postgres

/// The target of a development-only command (`push`, `reset`, `seed`): refused unless it is this machine
/// (a Unix socket, `localhost` or a loopback address) or `--allow-remote` is given.
///
/// Checked twice: before connecting, on every server libpq may try (host and hostaddr lists, the service file,
/// `PG*` variables), so nothing is sent to a remote server; and after connecting, on the socket's peer, so that
/// whatever name resolution did, no change is made unless the connection really is local.
struct DevelopmentTargetOptions: ParsableArguments {
    @OptionGroup var connection: ConnectionOptions
    @Flag(help: "Allow a server other than a Unix socket, localhost or a loopback address.")
    var allowRemote = false

    /// Resolves, prints and checks the target, connects, and checks where the connection went.
    func connect(command: String) throws -> Connection {
        let (target, source) = try connection.resolve()
        Output.line("target: \(target.redacted) (from \(source))")
        let nonLocal = target.nonLocalServers
        guard nonLocal.isEmpty || allowRemote else {
            throw refusal(
                command: command, target: target,
                reason: "libpq would connect to \(nonLocal.joined(separator: ", ")) (from host, hostaddr, the "
                    + "service file and PG* variables), not a Unix socket, localhost or a loopback address")
        }
        let session = try Connection(target, applicationName: "db \(command)")
        guard session.peer.isLocal || allowRemote else {
            throw refusal(
                command: command, target: target,
                reason: "the connection reached \(session.peer), not a Unix socket or a loopback address")
        }
        return session
    }

    private func refusal(command: String, target: ConnectionString, reason: String) -> GateRefusal {
        GateRefusal(
            summary: "refusing to \(command) \(target.redacted)",
            findings: [
                "`db \(command)` is for development databases and this server is not local: \(reason); "
                    + "pass --allow-remote if you mean it"
            ])
    }
}
