import DBTestSupport
import Foundation
import Postgres
import Testing

/// One way of giving `db` a password, valid or not; `password` is the secret as its author meant it.
struct SecretInput: CustomTestStringConvertible, Sendable {
    let name: String
    let password: String
    var databaseURL: String? = nil
    var environment: [String: String] = [:]
    /// Files the command sees, by name, and the variable naming each (`PGPASSFILE`, `PGSERVICEFILE`).
    var files: [String: (variable: String, text: String)] = [:]
    /// True when the input itself is malformed (refused before connecting).
    var isMalformed = false

    var testDescription: String { name }

    /// Every 3-character piece of each password holds a letter that is not a hex digit, so no UUID, path or number
    /// in normal output can look like a leak. 127.0.0.1:1 has no server (and no route in the namespace).
    static func all(socketDirectory: String, database: String) -> [SecretInput] {
        let socket = socketDirectory.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        let local = "host=\(socketDirectory) port=5432 dbname=\(database) user=postgres"
        return [
            .init(
                name: "URL with an unclosed IPv6 bracket", password: "Qz7Kx9Wv!",
                databaseURL: "postgresql://postgres:Qz7Kx9Wv!@[::1:bad/x", isMalformed: true),
            .init(
                name: "URL with a bad percent-escape", password: "pa%ZZss",
                databaseURL: "postgresql://postgres:pa%ZZss@127.0.0.1/x", isMalformed: true),
            .init(
                name: "URL password with @ and :", password: "Jq@Zx:Wv8",
                databaseURL: "postgresql://postgres:Jq@Zx:Wv8@127.0.0.1/x", isMalformed: true),
            .init(
                name: "URL password with /", password: "Qz7/Kx9Wv",
                databaseURL: "postgresql://postgres:Qz7/Kx9Wv@127.0.0.1/x", isMalformed: true),
            .init(
                name: "URL password with #", password: "Qz7#Kx9Wv",
                databaseURL: "postgresql://postgres:Qz7#Kx9Wv@127.0.0.1/x", isMalformed: true),
            .init(
                name: "URL password with ? and @", password: "Qz7?Kx@9Wv",
                databaseURL: "postgresql://postgres:Qz7?Kx@9Wv@127.0.0.1/x", isMalformed: true),
            .init(
                name: "URL followed by a conninfo password", password: "Qz7Kx9Wv",
                databaseURL: "postgresql://postgres@127.0.0.1:1/app password=Qz7Kx9Wv", isMalformed: true),
            .init(
                name: "mistyped URL scheme", password: "Qz7Kx9Wv",
                databaseURL: "postgresq://postgres:Qz7Kx9Wv@127.0.0.1/x", isMalformed: true),
            .init(
                name: "conninfo with an unterminated quote", password: "Qz7 Kx9Wv",
                databaseURL: "host=127.0.0.1 password='Qz7 Kx9Wv", isMalformed: true),
            .init(
                name: "conninfo password with an unquoted space", password: "Qz7 Kx9Wv=x",
                databaseURL: "host=127.0.0.1 password=Qz7 Kx9Wv=x", isMalformed: true),
            .init(
                name: "DATABASE_URL malformed", password: "Qz7@Kx9Wv",
                environment: ["DATABASE_URL": "postgresql://postgres:Qz7@Kx9Wv@127.0.0.1/x"], isMalformed: true),
            .init(
                name: "URL password, no server", password: "Qz7@Kx9Wv",
                databaseURL: "postgresql://postgres:Qz7%40Kx9Wv@127.0.0.1:1/app"),
            .init(
                name: "URL password, test server", password: "Qz7#Kx9Wv",
                databaseURL: "postgresql://postgres:Qz7%23Kx9Wv@/\(database)?host=\(socket)&port=5432"),
            .init(
                name: "conninfo password=, no server", password: "Qz7 Kx9Wv",
                databaseURL: "host=127.0.0.1 port=1 dbname=app password='Qz7 Kx9Wv'"),
            .init(
                name: "PGPASSWORD, no server", password: "Qz7Kx9Wv", databaseURL: "host=127.0.0.1 port=1 dbname=app",
                environment: ["PGPASSWORD": "Qz7Kx9Wv"]),
            .init(
                name: "PGPASSWORD, test server", password: "Qz7Kx9Wv", databaseURL: local,
                environment: ["PGPASSWORD": "Qz7Kx9Wv"]),
            .init(
                name: ".pgpass, no server", password: "Qz7Kx9Wv", databaseURL: "host=127.0.0.1 port=1 dbname=app",
                files: ["pgpass": ("PGPASSFILE", "*:*:*:*:Qz7Kx9Wv\n")]),
            .init(
                name: "service file password, no server", password: "Qz7Kx9Wv", environment: ["PGSERVICE": "prod"],
                files: ["pg_service.conf": ("PGSERVICEFILE", "[prod]\nhost=127.0.0.1\nport=1\npassword=Qz7Kx9Wv\n")]),
            .init(
                name: "service file password, test server", password: "Qz7Kx9Wv", environment: ["PGSERVICE": "dev"],
                files: [
                    "pg_service.conf": (
                        "PGSERVICEFILE",
                        "[dev]\nhost=\(socketDirectory)\nport=5432\ndbname=\(database)\nuser=postgres\npassword=Qz7Kx9Wv\n"
                    )
                ]),
        ]
    }
}

/// No output, error or JSON of a command that prints its target contains a password or a piece of one.
@Suite struct PasswordSecrecyTests {
    private static let commands = [["status"], ["status", "--json"], ["migrate"], ["push", "--dry-run"]]

    @Test func noCommandShowsAnyPieceOfAPassword() throws {
        let target = try TestCluster.newDatabase("secrecy")
        let inputs = SecretInput.all(socketDirectory: target.host!, database: target.database!)
        for input in inputs {
            let folder = try TemporaryDirectory("secrecy")
            var environment = input.environment
            for (name, file) in input.files {
                let url = try folder.write(name, file.text)
                try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
                environment[file.variable] = url.path
            }
            let connection = (input.databaseURL.map { ["--database-url", $0] } ?? [])
            for command in Self.commands {
                let outcome = try IsolatedNetwork.run(
                    command + connection + ["--migrations-dir", folder.path], environment: environment)
                let output = outcome.stdout + outcome.stderr
                let leaked = leakedFragments(of: input.password, in: output)
                #expect(leaked.isEmpty, "\(input.name), \(command): \(leaked) in\n\(output)")
                if input.isMalformed {
                    #expect(outcome.exitCode == 2, "\(input.name), \(command): \(output)")
                    #expect(
                        outcome.stderr.contains("invalid connection string"), "\(input.name), \(command): \(output)")
                }
            }
        }
    }
}
