import LockSafety
import SQLSyntax

extension MigrationLinter {
    /// The locks of every statement in `files`, settled and sized against the live database by `sizing`, keyed as
    /// `LintContext.sizedLocks` reads them (file name, then statement byte offset).
    public static func sizedLocks(for files: [LintInput], using sizing: LockSizing) throws
        -> [String: [Int: [SizedLock]]]
    {
        var statements: [(file: String, offset: Int, predictions: [LockPrediction])] = []
        for file in files {
            let parsed: [ParsedStatement]
            do {
                parsed = try SQLParser.parse(file.sql)
            } catch {
                throw LintSyntaxError(file: file.name, underlying: error)
            }
            for statement in parsed {
                statements.append((file.name, statement.byteOffset, predictLocks(statement.node)))
            }
        }
        let sized = try sizing.size(statements.map(\.predictions))
        var byFile: [String: [Int: [SizedLock]]] = [:]
        for (statement, locks) in zip(statements, sized) {
            byFile[statement.file, default: [:]][statement.offset] = locks
        }
        return byFile
    }
}
