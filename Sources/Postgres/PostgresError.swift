/// An error reported by the server or by libpq, with every field Postgres gives.
///
/// `position` is the 1-based character offset into the statement that failed, when the server reports one.
public struct PostgresError: Error, Sendable, CustomStringConvertible {
    /// The five-character SQLSTATE, e.g. `42703`; `nil` for client-side failures such as a refused connection.
    public var sqlState: String?
    public var severity: String?
    public var message: String
    public var detail: String?
    public var hint: String?
    public var position: Int?
    public var context: String?
    /// Server-side `WHERE` of a PL/pgSQL error, or the statement that failed, when known.
    public var statement: String?
    /// For a multi-statement `execute`, the 0-based index of the statement that failed.
    public var statementIndex: Int?

    public init(
        sqlState: String? = nil, severity: String? = nil, message: String, detail: String? = nil,
        hint: String? = nil, position: Int? = nil, context: String? = nil, statement: String? = nil
    ) {
        self.sqlState = sqlState
        self.severity = severity
        self.message = message
        self.detail = detail
        self.hint = hint
        self.position = position
        self.context = context
        self.statement = statement
    }

    public var description: String {
        var lines = [sqlState.map { "\(message) (SQLSTATE \($0))" } ?? message]
        if let detail { lines.append("DETAIL: \(detail)") }
        if let hint { lines.append("HINT: \(hint)") }
        if let context { lines.append("CONTEXT: \(context)") }
        return lines.joined(separator: "\n")
    }
}
