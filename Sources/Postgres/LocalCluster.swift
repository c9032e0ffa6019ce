import Foundation

/// A throwaway PostgreSQL cluster in a directory: `initdb`, `pg_ctl start/stop`, run as an unprivileged user.
///
/// Used by `db dev` (under `.db/`) and by the test suite (under a temporary directory, fsync off).
/// Postgres refuses to run as root, so as root the server runs as the `postgres` OS user.
public struct LocalCluster: Sendable {
    /// The cluster's folder; `data/` holds the cluster, `run/` the Unix socket, `server.log` the log.
    public let directory: URL
    public let port: Int

    public init(directory: URL, port: Int) {
        self.directory = directory
        self.port = port
    }

    public var dataDirectory: URL { directory.appendingPathComponent("data") }
    public var socketDirectory: URL { directory.appendingPathComponent("run") }
    public var logFile: URL { directory.appendingPathComponent("server.log") }

    /// A conninfo for a database of this cluster over its Unix socket, as the `postgres` superuser.
    public func connectionString(database: String = "postgres") -> ConnectionString {
        ConnectionString(options: [
            "host": socketDirectory.path, "port": String(port), "dbname": database, "user": "postgres",
        ])
    }

    /// A `postgresql://` URL for a database of this cluster (socket directory in the `host` query parameter).
    public func url(database: String = "postgres") -> String {
        let host = socketDirectory.path.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        return "postgresql://postgres@/\(database)?host=\(host)&port=\(port)"
    }

    public var isInitialized: Bool {
        FileManager.default.fileExists(atPath: dataDirectory.appendingPathComponent("PG_VERSION").path)
    }

    /// True when `pg_ctl status` reports a running server for this data directory.
    public var isRunning: Bool {
        guard isInitialized, let binaries = try? Self.binDirectory() else { return false }
        return (try? runAsServerUser(binaries.appendingPathComponent("pg_ctl").path, ["status", "-D", dataDirectory.path]))
            != nil
    }

    /// Creates the cluster when missing and starts it; extra `-c` settings go to the server.
    public func start(settings: [String: String] = [:]) throws {
        let binaries = try Self.binDirectory()
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: socketDirectory, withIntermediateDirectories: true)
        if !isInitialized {
            try fileManager.createDirectory(at: dataDirectory, withIntermediateDirectories: true)
            try giveToServerUser(directory)
            try runAsServerUser(
                binaries.appendingPathComponent("initdb").path,
                ["-D", dataDirectory.path, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--no-sync", "-N"])
        }
        try giveToServerUser(directory)
        var options = [
            "-p \(port)", "-k \(socketDirectory.path)", "-c listen_addresses=localhost",
        ]
        for (key, value) in settings.sorted(by: { $0.key < $1.key }) { options.append("-c \(key)=\(value)") }
        try runAsServerUser(
            binaries.appendingPathComponent("pg_ctl").path,
            ["start", "-w", "-t", "60", "-D", dataDirectory.path, "-l", logFile.path, "-o", options.joined(separator: " ")])
    }

    /// Stops the server (fast shutdown); does nothing when it is not running.
    public func stop() throws {
        guard isRunning else { return }
        let binaries = try Self.binDirectory()
        try runAsServerUser(
            binaries.appendingPathComponent("pg_ctl").path, ["stop", "-w", "-m", "fast", "-D", dataDirectory.path])
    }

    /// Where `initdb` and `pg_ctl` live: `pg_config --bindir`, else the newest `/usr/lib/postgresql/*/bin`.
    public static func binDirectory() throws -> URL {
        if let output = try? runProcess("/usr/bin/env", ["pg_config", "--bindir"]) {
            let path = output.trimmingCharacters(in: .whitespacesAndNewlines)
            if FileManager.default.fileExists(atPath: path + "/initdb") { return URL(fileURLWithPath: path) }
        }
        let root = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? [])
            .compactMap(Int.init).sorted(by: >)
        for version in versions where FileManager.default.fileExists(atPath: "\(root)/\(version)/bin/initdb") {
            return URL(fileURLWithPath: "\(root)/\(version)/bin")
        }
        throw PostgresError(
            message: "PostgreSQL server binaries (initdb, pg_ctl) not found",
            hint: "install them (Debian: apt-get install -y postgresql) or put pg_config on PATH")
    }

    private var isRoot: Bool { geteuid() == 0 }

    private func giveToServerUser(_ url: URL) throws {
        guard isRoot else { return }
        try runProcess("/bin/chown", ["-R", "postgres:postgres", url.path])
    }

    @discardableResult
    private func runAsServerUser(_ executable: String, _ arguments: [String]) throws -> String {
        if isRoot { return try runProcess("/usr/sbin/runuser", ["-u", "postgres", "--", executable] + arguments) }
        return try runProcess(executable, arguments)
    }
}

/// Runs a program to completion and returns its standard output; throws with its output when it fails.
///
/// Uses `posix_spawn` and `waitpid` directly, with output captured in temporary files, so it cannot hang on a
/// pipe inherited by a daemon (pg_ctl's server) or on Foundation's child-process monitoring.
@discardableResult
public func runProcess(_ executable: String, _ arguments: [String]) throws -> String {
    let scratch = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("db-run-\(UUID().uuidString)")
    let outputPath = scratch.path + ".out"
    let errorPath = scratch.path + ".err"
    defer {
        try? FileManager.default.removeItem(atPath: outputPath)
        try? FileManager.default.removeItem(atPath: errorPath)
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid = pid_t()
    let spawnResult = posix_spawn(&pid, executable, &actions, nil, argv, environ)
    guard spawnResult == 0 else {
        throw PostgresError(message: "could not run \(executable): \(String(cString: strerror(spawnResult)))")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    let exitedNormally = (status & 0x7f) == 0
    let exitCode = (status >> 8) & 0xff
    guard exitedNormally && exitCode == 0 else {
        let stderr = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
        throw PostgresError(
            message: "\((executable as NSString).lastPathComponent) \(arguments.joined(separator: " ")) failed "
                + "(exit \(exitedNormally ? exitCode : 128 + (status & 0x7f))): \(stderr)\(text)")
    }
    return text
}
