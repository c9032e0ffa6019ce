import ArgumentParser
import Foundation
import Migrations
import Postgres
import SQLSyntax

/// The one place errors become output and exit codes: 1 for gate refusals, 2 for every other error. After SIGINT or
/// SIGTERM every error is the interruption's doing (a cancelled statement, a dropped scratch database), so none is
/// reported: `Interruption` ends the process with its own message and code.
enum ErrorReporter {
    /// Prints `error` (to stderr, or help to stdout) and returns the exit code for it.
    static func report(_ error: Error) -> Int32 {
        Interruption.waitIfInterrupted()
        switch error {
        case let code as ExitCode:
            return code.rawValue
        case let refusal as GateRefusal:
            Output.error("error: \(refusal)")
            return 1
        case let failure as MigrationFailure:
            Output.error("error: \(failure)")
            return 2
        case let error as MigrationError:
            Output.error("error: \(error)")
            return 2
        case let error as CommandError:
            Output.error("error: \(error)")
            return 2
        case let error as PostgresError:
            Output.error("error: \(error)")
            return 2
        case let error as SQLSyntaxError:
            Output.error("error: \(error)")
            return 2
        default:
            let code = DB.exitCode(for: error)
            if code == .success {
                Output.line(DB.fullMessage(for: error))
                return 0
            }
            if code == .validationFailure {
                Output.error(DB.fullMessage(for: error))
                return 2
            }
            Output.error("error: \(String(describing: error))")
            return 2
        }
    }
}

/// A user-facing error from a command: what went wrong and the next step (exit code 2).
struct CommandError: Error, CustomStringConvertible {
    let message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}
