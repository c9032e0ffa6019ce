/// SQL text that libpg_query could not parse, with the position of the problem.
public struct SQLSyntaxError: Error, Sendable, CustomStringConvertible {
    public let message: String
    /// 1-based line of the error within the parsed text, when known.
    public let line: Int?
    /// 0-based byte offset of the error within the parsed text, when known.
    public let byteOffset: Int?

    public var description: String {
        line.map { "syntax error at line \($0): \(message)" } ?? "syntax error: \(message)"
    }
}
