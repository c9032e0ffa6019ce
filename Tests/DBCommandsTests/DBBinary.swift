import DBTestSupport
import Foundation

/// The `db` executable built next to this test bundle, run as a child process like a user would.
enum DBBinary {
    static let path: String = {
        let bundle =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: bundle).deletingLastPathComponent().appendingPathComponent("db").path
    }()

    static func run(_ arguments: [String], directory: String? = nil, environment: [String: String] = [:]) throws
        -> Subprocess.Outcome
    {
        try Subprocess.run(path, arguments, directory: directory, environment: environment)
    }

    static func start(_ arguments: [String]) throws -> Subprocess { try Subprocess(path, arguments) }
}
