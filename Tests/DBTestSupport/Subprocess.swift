import Foundation

/// A child process started with `posix_spawn` (Foundation's `Process` hangs under the test runner), with its
/// output captured in files so it can be read after it exits.
public final class Subprocess: @unchecked Sendable {
    /// What a finished process left: exit code (128 + signal when killed), stdout and stderr.
    public struct Outcome: Sendable {
        public let exitCode: Int32
        public let stdout: String
        public let stderr: String
    }

    public let pid: pid_t
    private let outputPath: String
    private let errorPath: String

    /// Starts `executable` with `arguments` in `directory`, with the parent's environment minus `DATABASE_URL`
    /// and `PG*` variables, plus `environment`.
    public init(
        _ executable: String, _ arguments: [String], directory: String? = nil, environment: [String: String] = [:]
    ) throws {
        let scratch = NSTemporaryDirectory() + "db-subprocess-\(UUID().uuidString)"
        outputPath = scratch + ".out"
        errorPath = scratch + ".err"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        var command = [executable] + arguments
        if let directory { command = ["/usr/bin/env", "-C", directory] + command }
        var variables = ProcessInfo.processInfo.environment.filter { key, _ in
            key != "DATABASE_URL" && !key.hasPrefix("PG")
        }
        variables.merge(environment) { _, new in new }
        let argv = command.map { strdup($0) } + [nil]
        let envp = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var pid = pid_t()
        let result = posix_spawn(&pid, command[0], &actions, nil, argv, envp)
        guard result == 0 else {
            throw NSError(
                domain: "Subprocess", code: Int(result),
                userInfo: [
                    NSLocalizedDescriptionKey: "could not start \(command[0]): \(String(cString: strerror(result)))"
                ])
        }
        self.pid = pid
    }

    /// Runs to completion.
    public static func run(
        _ executable: String, _ arguments: [String], directory: String? = nil, environment: [String: String] = [:]
    ) throws -> Outcome {
        try Subprocess(executable, arguments, directory: directory, environment: environment).wait()
    }

    /// Sends a signal, e.g. `SIGKILL`.
    public func kill(_ signal: Int32) { _ = Glibc.kill(pid, signal) }

    /// Waits for the process to exit and returns its outcome.
    public func wait() -> Outcome {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let signal = status & 0x7f
        let code = signal == 0 ? (status >> 8) & 0xff : 128 + signal
        defer {
            try? FileManager.default.removeItem(atPath: outputPath)
            try? FileManager.default.removeItem(atPath: errorPath)
        }
        return Outcome(
            exitCode: code,
            stdout: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "")
    }
}
