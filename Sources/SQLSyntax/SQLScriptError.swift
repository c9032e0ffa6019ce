/// Why a SQL file cannot be run as written: not UTF-8, a psql meta-command, or COPY data without its end.
public struct SQLScriptError: Error, Sendable, Hashable, CustomStringConvertible {
    /// 1-based line in the file.
    public let line: Int
    /// What is wrong, and what to do instead.
    public let message: String

    public var description: String { "line \(line): \(message)" }
}
