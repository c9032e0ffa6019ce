import DBTestSupport
import Foundation
import Postgres
import Testing

/// A way of naming a server that is not this machine while looking local, for `db push`, `db reset` and `db seed`.
struct DisguisedRemoteTarget: CustomTestStringConvertible, Sendable {
    let name: String
    var databaseURL: String? = nil
    var environment: [String: String] = [:]
    /// The service file (`PGSERVICEFILE`) the command sees, when any.
    var serviceFile: String? = nil

    var testDescription: String { name }

    /// 203.0.113.7 and 2001:db8::7 are documentation addresses; the namespace has no route to them anyway.
    static let all: [DisguisedRemoteTarget] = [
        .init(name: "hostaddr beside host=localhost", databaseURL: "host=localhost hostaddr=203.0.113.7 dbname=app"),
        .init(name: "URL host list", databaseURL: "postgresql://localhost,203.0.113.7/app"),
        .init(
            name: "conninfo host list",
            databaseURL: "host=/nonexistent-db-socket-dir,localhost,db.example.com dbname=app"),
        .init(
            name: "IPv6 entry of a hostaddr list",
            databaseURL: "host=localhost,localhost hostaddr=127.0.0.1,2001:db8::7 dbname=app"),
        .init(name: "PGHOSTADDR", environment: ["PGHOST": "localhost", "PGHOSTADDR": "203.0.113.7"]),
        .init(
            name: "PGHOSTADDR under a localhost URL", databaseURL: "postgresql://localhost/app",
            environment: ["PGHOSTADDR": "203.0.113.7"]),
        .init(name: "PGHOST list", environment: ["PGHOST": "localhost,203.0.113.7"]),
        .init(
            name: "PGSERVICE", environment: ["PGSERVICE": "prod"],
            serviceFile: "[prod]\nhost=203.0.113.7\ndbname=app\n"),
        .init(
            name: "PGSERVICE naming localhost and a hostaddr", environment: ["PGSERVICE": "prod"],
            serviceFile: "[prod]\nhost=localhost\nhostaddr=203.0.113.7\ndbname=app\n"),
        .init(
            name: "service= in a conninfo", databaseURL: "service=prod", serviceFile: "[prod]\nhostaddr=2001:db8::7\n"),
        .init(
            name: "service= beside host=localhost", databaseURL: "service=prod host=localhost",
            serviceFile: "[prod]\nhostaddr=203.0.113.7\n"),
        .init(
            name: "service in a URL query", databaseURL: "postgresql:///app?service=prod",
            serviceFile: "[prod]\nhost=localhost,203.0.113.7\n"),
    ]
}

/// `db push`, `db reset` and `db seed` refuse every server that is not provably this machine, before sending
/// anything; run in a private network namespace so that even a broken guard cannot reach another machine.
@Suite struct LocalOnlyTests {
    @Test(arguments: DisguisedRemoteTarget.all)
    func aDisguisedRemoteServerIsRefusedBeforeConnecting(_ target: DisguisedRemoteTarget) throws {
        let folder = try TemporaryDirectory("local-only")
        var environment = target.environment
        if let serviceFile = target.serviceFile {
            environment["PGSERVICEFILE"] = try folder.write("pg_service.conf", serviceFile).path
        }
        let seed = try folder.write("seed/seed.sql", "CREATE TABLE seeded (id int);").path
        let migrations = try TemporaryDirectory("local-only-migrations").path
        let connection = target.databaseURL.map { ["--database-url", $0] } ?? []
        let commands = [
            ["push", "--migrations-dir", migrations], ["reset", "--migrations-dir", migrations],
            ["seed", "--seed-file", seed],
        ]
        for command in commands {
            let refused = try IsolatedNetwork.run(command + connection, environment: environment)
            #expect(refused.exitCode == 1, "\(command): \(refused.stdout)\(refused.stderr)")
            #expect(refused.stderr.contains("this server is not local"), "\(command): \(refused.stderr)")
            #expect(refused.stderr.contains("pass --allow-remote"), "\(command): \(refused.stderr)")
            // The same invocation, allowed, really goes for the remote server (and finds no route to it).
            let allowed = try IsolatedNetwork.run(command + connection + ["--allow-remote"], environment: environment)
            #expect(allowed.exitCode == 2, "\(command): \(allowed.stdout)\(allowed.stderr)")
            #expect(allowed.stderr.contains("could not connect"), "\(command): \(allowed.stderr)")
        }
    }

    @Test func aUnixSocketTargetIsLocalDirectlyOrThroughAService() throws {
        let target = try TestCluster.newDatabase("local_only")
        let folder = try TemporaryDirectory("local-only")
        let seed = try folder.write("seed.sql", "CREATE TABLE IF NOT EXISTS seeded (id int);").path
        let direct = try IsolatedNetwork.run(["seed", "--database-url", target.raw, "--seed-file", seed])
        #expect(direct.exitCode == 0, "\(direct.stderr)")
        let service = try folder.write(
            "pg_service.conf",
            "[dev]\nhost=\(target.host!)\nport=\(target.port!)\ndbname=\(target.database!)\nuser=postgres\n")
        let throughService = try IsolatedNetwork.run(
            ["seed", "--seed-file", seed], environment: ["PGSERVICE": "dev", "PGSERVICEFILE": service.path])
        #expect(throughService.exitCode == 0, "\(throughService.stderr)")
        #expect(throughService.stdout.contains("target: service=dev"))
        #expect(try Connection(target).query("SELECT to_regclass('seeded') IS NOT NULL AS made").rows[0].bool("made"))
    }

    /// `localhost` that resolves elsewhere passes the check before connecting; the peer of the socket is checked
    /// after connecting, before any change.
    @Test func aLocalhostThatResolvesElsewhereIsRefusedAfterConnecting() throws {
        let target = try TestCluster.newDatabase("local_only")
        let folder = try TemporaryDirectory("local-only")
        let seed = try folder.write("seed.sql", "CREATE TABLE seeded (id int);").path
        let url = "host=localhost port=5432 dbname=\(target.database!) user=postgres"
        let socket = "\(target.host!)/.s.PGSQL.\(target.port!)"
        let arguments = ["seed", "--database-url", url, "--seed-file", seed]
        let refused = try IsolatedNetwork.runWithLocalhost(
            resolvingTo: "203.0.113.7", forwardingTo: socket, arguments)
        #expect(refused.exitCode == 1, "\(refused.stdout)\(refused.stderr)")
        #expect(refused.stderr.contains("the connection reached 203.0.113.7"), "\(refused.stderr)")
        let seeded = "SELECT to_regclass('seeded') IS NOT NULL AS made"
        #expect(try !Connection(target).query(seeded).rows[0].bool("made"))
        let allowed = try IsolatedNetwork.runWithLocalhost(
            resolvingTo: "203.0.113.7", forwardingTo: socket, arguments + ["--allow-remote"])
        #expect(allowed.exitCode == 0, "\(allowed.stdout)\(allowed.stderr)")
        #expect(try Connection(target).query(seeded).rows[0].bool("made"))
    }
}
