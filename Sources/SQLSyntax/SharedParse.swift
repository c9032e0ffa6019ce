import Foundation

/// A SQL text whose statements are parsed once, on first use, however many readers ask: `db migrate` hands the
/// same pending file to the destructive gate and to lint. A reference, so every copy of a value holding it
/// shares the one parse; equal when the texts are equal.
public final class SharedParse: @unchecked Sendable, Hashable {
    /// The text that is parsed.
    public let sql: String
    private let lock = NSLock()
    private var outcome: Result<[ParsedStatement], SQLSyntaxError>?

    public init(_ sql: String) {
        self.sql = sql
    }

    /// `SQLParser.parse(sql)`, computed on the first call; later calls return (or throw) the same result.
    public func statements() throws(SQLSyntaxError) -> [ParsedStatement] {
        lock.lock()
        defer { lock.unlock() }
        let outcome = self.outcome ?? Result { () throws(SQLSyntaxError) in try SQLParser.parse(sql) }
        self.outcome = outcome
        return try outcome.get()
    }

    public static func == (left: SharedParse, right: SharedParse) -> Bool { left.sql == right.sql }

    public func hash(into hasher: inout Hasher) { hasher.combine(sql) }
}
