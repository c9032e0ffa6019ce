import DBTestSupport
import Foundation
import Postgres
import Testing

/// `db` over TCP with a password (SCRAM: libpq and OpenSSL at work in every connection), run hundreds of times
/// in parallel: no run may crash (exit code 128 + signal) or print anything on stderr, including at exit.
@Suite struct TCPStressTests {
    /// One finished run of `db`.
    private struct Run: Sendable {
        let command: String
        let outcome: Subprocess.Outcome
    }

    /// Runs from all lanes, collected under a lock.
    private final class Runs: @unchecked Sendable {
        private let lock = NSLock()
        private var runs: [Run] = []
        var all: [Run] { lock.withLock { runs } }
        func add(_ run: Run) { lock.withLock { runs.append(run) } }
    }

    @Test func migrateStatusAndResetOverTCPWithAPasswordNeverCrash() throws {
        let lanes = 4
        let iterationsPerLane = 25
        let folder = try TemporaryDirectory("stress")
        try folder.write("20260101000000_create_notes.sql", "CREATE TABLE notes (id int PRIMARY KEY, body text);")
        try folder.write("20260102000000_index_notes.sql", "CREATE INDEX notes_body ON notes (body);")
        try folder.write("20260103000000_seed_notes.sql", "INSERT INTO notes VALUES (1, 'first');")
        let targets = try (0..<lanes).map { _ in try TestCluster.newDatabase("stress", over: .tcpPassword) }
        let runs = Runs()
        let started = Date()
        let threads = try targets.map { target in
            try OwnedThread {
                let arguments = ["--database-url", target.raw, "--migrations-dir", folder.path]
                for _ in 0..<iterationsPerLane {
                    do {
                        // status runs while migrate applies the files; reset then drops everything again
                        let migrate = try DBBinary.start(["migrate"] + arguments)
                        let status = try DBBinary.start(["status"] + arguments)
                        runs.add(Run(command: "migrate", outcome: migrate.wait()))
                        runs.add(Run(command: "status", outcome: status.wait()))
                        runs.add(Run(command: "reset", outcome: try DBBinary.run(["reset"] + arguments)))
                    } catch {
                        Issue.record("could not start db: \(error)")
                        return
                    }
                }
            }
        }
        for thread in threads { thread.join() }
        let all = runs.all
        for command in ["migrate", "status", "reset"] {
            #expect(all.filter { $0.command == command }.count == lanes * iterationsPerLane)
        }
        let crashed = all.filter { $0.outcome.exitCode >= 128 }
        #expect(crashed.count == 0, "\(crashed.prefix(3).map { "\($0.command): \($0.outcome.stderr)" })")
        let failed = all.filter { $0.outcome.exitCode != 0 || !$0.outcome.stderr.isEmpty }
        #expect(
            failed.count == 0,
            "failed or wrote to stderr: \(failed.prefix(3).map { "\($0.command) exit \($0.outcome.exitCode): \($0.outcome.stderr)" })"
        )
        print("TCP stress: \(all.count) runs in \(Int(Date().timeIntervalSince(started))) s")
    }
}
