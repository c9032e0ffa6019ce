import DBTestSupport
import Foundation
import Postgres
import Testing

/// SIGINT/SIGTERM during `db check` end it with 130/143 and "interrupted", never a verdict or an error blaming the
/// user's files, and leave no scratch database; a `kill -9` leftover is dropped by the next run.
@Suite struct InterruptCommandTests {
    /// The repository's migrations behind a first file that sleeps, so every delay below lands inside a run.
    static let migrations: Result<String, any Error> = Result {
        let folder = try TemporaryDirectory("interrupt-migrations")
        for file in try FileManager.default.contentsOfDirectory(atPath: CheckCommandTests.migrations) {
            try FileManager.default.copyItem(
                atPath: CheckCommandTests.migrations + "/" + file, toPath: folder.path + "/" + file)
        }
        try folder.write("20000101000000_pause.sql", "SELECT pg_sleep(2.5);\n")
        return folder.path
    }

    /// A database with every migration applied, shared by the tests that leave it alone.
    static let target = Result { try migratedDatabase() }

    struct CommandFailed: Error { let outcome: Subprocess.Outcome }

    private static func migratedDatabase() throws -> ConnectionString {
        try TestCluster.ensureLoginRoles(["app_user"])
        let target = try TestCluster.newDatabase("interrupt")
        let migrate = try DBBinary.run(["migrate", "--database-url", target.raw, "--migrations-dir", migrations.get()])
        guard migrate.exitCode == 0 else { throw CommandFailed(outcome: migrate) }
        return target
    }

    private func startCheck(_ target: ConnectionString? = nil) throws -> Subprocess {
        let server = try TestCluster.shared().connectionString()
        return try Subprocess(
            DBBinary.path,
            [
                "check", "--database-url", (try target ?? Self.target.get()).raw, "--migrations-dir",
                try Self.migrations.get(), "--dev-url", server.raw,
            ])
    }

    @Test(arguments: [SIGINT, SIGTERM], [0, 0.05, 0.3, 0.8, 1.5])
    func aSignalAtAnyMomentEndsTheCheckAsInterrupted(signal: Int32, delay: Double) throws {
        let check = try startCheck()
        try Self.waitUntilHandlingSignals(check.pid)
        Thread.sleep(forTimeInterval: delay)
        check.kill(signal)
        try Self.expectInterrupted(check.wait(), by: signal, pid: check.pid)
    }

    @Test func aSignalWhileTheLiveDatabaseIsReadCancelsThatStatement() throws {
        let target = try Self.migratedDatabase()
        let blocker = try Connection(target)
        try blocker.execute("BEGIN; LOCK TABLE public.__migrations IN ACCESS EXCLUSIVE MODE")
        let check = try startCheck(target)
        let waiting =
            "SELECT pid FROM pg_stat_activity WHERE application_name = 'db check' AND wait_event_type = 'Lock'"
        let observer = try Connection(target)
        #expect(try Self.poll { try !observer.query(waiting).rows.isEmpty })
        check.kill(SIGINT)
        try Self.expectInterrupted(check.wait(), by: SIGINT, pid: check.pid)
        #expect(try Self.poll { try observer.query(waiting).rows.isEmpty })
        try blocker.execute("ROLLBACK")
    }

    @Test func aKilledRunsLeftoverIsDroppedByTheNextRunButALiveOnesIsNot() throws {
        let server = try TestCluster.shared().connectionString()
        let admin = try Connection(server)
        let check = try startCheck()
        var leftovers: [String] = []
        #expect(
            try Self.poll {
                leftovers = try Self.scratchDatabases(of: check.pid, on: admin)
                return !leftovers.isEmpty
            })
        check.kill(SIGKILL)
        #expect(check.wait().exitCode == 128 + SIGKILL)
        #expect(try !Self.scratchDatabases(of: check.pid, on: admin).isEmpty)
        let connected = "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = ANY($1::text[])"
        let list = "{\(leftovers.joined(separator: ","))}"
        #expect(try Self.poll(timeout: 15) { try admin.query(connected, [list]).rows[0].int("n") == 0 })
        let ownLive =
            "\(ScratchDatabase.prefix)\(Int(Date().timeIntervalSince1970))_\(getpid())_"
            + "\(try Self.hostTag(of: leftovers[0]))_0badcafe"
        try admin.execute("CREATE DATABASE \"\(ownLive)\"")

        let next = try DBBinary.run([
            "diff", "--from", "migrations", "--to", "schema", "--migrations-dir", CheckCommandTests.migrations,
            "--dev-url", server.raw,
        ])

        #expect(next.exitCode == 0, "\(next.stderr)")
        #expect(try Self.scratchDatabases(of: check.pid, on: admin).isEmpty)
        #expect(try Self.scratchDatabases(of: getpid(), on: admin).contains(ownLive))
        try admin.execute("DROP DATABASE \"\(ownLive)\"")
    }

    private static func expectInterrupted(_ outcome: Subprocess.Outcome, by signal: Int32, pid: pid_t) throws {
        let name = signal == SIGINT ? "SIGINT" : "SIGTERM"
        #expect(outcome.exitCode == 128 + signal, "\(outcome.stdout)\(outcome.stderr)")
        #expect(outcome.stderr.contains("interrupted (\(name))"), "\(outcome.stderr)")
        let output = outcome.stdout + outcome.stderr
        for verdict in ["DRIFT", "in sync", "drift found", "rejected the schema", "failed at line", "error:"] {
            #expect(!output.contains(verdict), "\(output)")
        }
        let server = try TestCluster.shared().connectionString()
        #expect(try scratchDatabases(of: pid, on: Connection(server)).isEmpty, "\(outcome.stderr)")
    }

    /// The scratch databases whose name says `pid` made them on this host.
    private static func scratchDatabases(of pid: pid_t, on admin: Connection) throws -> [String] {
        try admin.query(
            "SELECT datname FROM pg_database WHERE datname ~ $1 ORDER BY datname",
            ["^\(ScratchDatabase.prefix)[0-9]+_\(pid)_"]
        ).rows.map { $0.string("datname") }
    }

    private static func hostTag(of name: String) throws -> String {
        let fields = name.dropFirst(ScratchDatabase.prefix.count).split(separator: "_")
        return try String(#require(fields.count == 4 ? fields[2] : nil))
    }

    /// Waits until `pid` catches SIGINT and SIGTERM (`SigCgt` in /proc), i.e. `db` has installed its handling:
    /// a signal before that ends the process the default way, which says nothing about `db`.
    private static func waitUntilHandlingSignals(_ pid: pid_t) throws {
        let wanted: UInt64 = (1 << (UInt64(SIGINT) - 1)) | (1 << (UInt64(SIGTERM) - 1))
        let caught = try poll {
            let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
            let line = status.split(separator: "\n").first { $0.hasPrefix("SigCgt:") }
            let mask = line.flatMap {
                UInt64($0.dropFirst("SigCgt:".count).trimmingCharacters(in: .whitespaces), radix: 16)
            }
            return (mask ?? 0) & wanted == wanted
        }
        #expect(caught, "db \(pid) never installed its SIGINT/SIGTERM handling")
    }

    /// Polls `condition` every 5 ms until it holds (true) or `timeout` seconds pass (false).
    private static func poll(timeout: Double = 10, _ condition: () throws -> Bool) throws -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try condition() { return true }
            Thread.sleep(forTimeInterval: 0.005)
        }
        return false
    }
}
