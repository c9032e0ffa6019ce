import SQLSyntax

/// A statement in a migration file that drops objects or deletes data.
public struct DestructiveFinding: Sendable, Hashable {
    public let fileName: String
    /// 1-based line of the statement in the file.
    public let line: Int
    /// What it destroys, e.g. `DROP TABLE posts`.
    public let reason: String
    /// The statement's text, on one line.
    public let statement: String

    public var description: String { "\(fileName):\(line): \(reason): \(statement)" }
}

/// What the gates need to know about one file's top-level statements, from one libpg_query parse.
public struct StatementScan: Sendable {
    /// Statements that drop objects or delete data; comments, literals and function bodies never count.
    public let destructive: [DestructiveFinding]
    /// Lines of BEGIN/COMMIT/ROLLBACK statements, which would break the per-file transaction.
    public let transactionControlLines: [Int]

    /// The parse-tree node kinds that can be destructive or transaction control; files without any skip decoding.
    static let kindsOfInterest = DestructiveStatements.nodeKinds + ["TransactionStmt"]

    /// Parses a file; throws `MigrationError.syntax` when it does not parse.
    public init(_ sql: String, fileName: String) throws {
        let statements: [ParsedStatement]
        do {
            statements = try SQLParser.parse(sql, onlyIfMentioning: Self.kindsOfInterest)
        } catch let error as SQLSyntaxError {
            throw MigrationError.syntax(fileName: fileName, sql: sql, error: error)
        }
        destructive = statements.compactMap { statement in
            guard let reason = DestructiveStatements.reason(for: statement.node) else { return nil }
            return DestructiveFinding(
                fileName: fileName, line: statement.line, reason: reason, statement: oneLine(statement.text))
        }
        transactionControlLines = statements.compactMap { statement in
            guard statement.node.tagged?.kind == "TransactionStmt" else { return nil }
            let kind = statement.node["TransactionStmt"]?["kind"]?.stringValue ?? ""
            return ["TRANS_STMT_SAVEPOINT", "TRANS_STMT_RELEASE", "TRANS_STMT_ROLLBACK_TO"].contains(kind)
                ? nil : statement.line
        }
    }
}

/// A statement squeezed onto one line (comments dropped, whitespace collapsed), cut at 160 characters.
func oneLine(_ text: String) -> String {
    let source = SourceText(text)
    let start = source.firstTokenByte(from: 0)
    let body = source.slice(from: start, length: source.byteCount - start)
    let words = body.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" })
    let joined = words.joined(separator: " ")
    return joined.count > 160 ? String(joined.prefix(157)) + "..." : joined
}
