import Foundation
import Postgres
import SQLSyntax

/// Runs a SQL file that is not a migration (`db seed`) the way migrations run: read the same way (UTF-8
/// only, a leading BOM dropped, `COPY … FROM STDIN` data through the COPY protocol, psql meta-commands
/// refused), in one transaction, with a failure located in the file.
public enum SeedScript {
    /// Runs the file's bytes; throws `MigrationError.unreadable` before sending anything for a file that cannot
    /// run as written, `MigrationFailure` (everything rolled back) when the server rejects a statement.
    public static func run(_ data: Data, fileName: String, on connection: Connection, command: String) throws {
        let script = try readScript(data, fileName: fileName)
        let sent = script.sent()
        var copyBlocks = script.copyBlocks.makeIterator()
        do {
            try connection.execute("BEGIN")
            try connection.execute(sent.sql, copyData: { copyBlocks.next()?.data })
            try connection.execute("COMMIT")
        } catch let error as PostgresError {
            _ = try? connection.execute("ROLLBACK")
            throw MigrationFailure(
                fileName: fileName, script: script, sent: sent, error: error,
                statementLines: { ScriptExecution.lines(script) }, blockers: [],
                consequence: "nothing from it was kept; fix it and run `\(command)` again", kind: "seed file")
        }
    }
}
