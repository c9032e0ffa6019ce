import SQLSyntax

/// A statement in a migration file that drops objects or loses data, or whose effect cannot be checked.
public struct DestructiveFinding: Sendable, Hashable {
    public let fileName: String
    /// 1-based line of the statement in the file.
    public let line: Int
    /// What it destroys, naming the schema-qualified object, e.g. `DROP TABLE public.posts`.
    public let reason: String
    /// Where a statement inside a body runs from, e.g. `in the DO block at line 3`; `nil` at top level.
    public let origin: String?
    /// The statement's text, on one line.
    public let statement: String

    public var description: String {
        "\(fileName):\(line): \(reason)\(origin.map { " (\($0))" } ?? ""): \(statement)"
    }
}

/// What the gates need to know about one file: its top-level statements and the statements its `DO` blocks
/// run, from libpg_query's parse trees; facts that later files depend on go into `PendingFacts`.
public struct StatementScan: Sendable {
    /// Statements that drop objects or lose data; comments, literals and bodies of functions never called in
    /// the pending files never count.
    public let destructive: [DestructiveFinding]
    /// Lines of BEGIN/COMMIT/ROLLBACK statements, which would break the per-file transaction.
    public let transactionControlLines: [Int]

    /// Scans one file on its own (no earlier pending files, unqualified names in `public`).
    public init(_ sql: String, fileName: String) throws {
        var facts = PendingFacts()
        try self.init(SharedParse(sql), fileName: fileName, facts: &facts)
    }

    /// Scans a file after the pending files `facts` describes, and adds this file's facts; throws
    /// `MigrationError.syntax` when it does not parse. Reads the file's parse, made once for every reader.
    public init(_ parse: SharedParse, fileName: String, facts: inout PendingFacts) throws {
        let statements: [ParsedStatement]
        do {
            statements = try parse.statements()
        } catch {
            throw MigrationError.syntax(fileName: fileName, sql: parse.sql, error: error)
        }
        var destructive: [DestructiveFinding] = []
        for statement in statements {
            if let reason = DestructiveStatements.reason(for: statement.node, context: facts.context) {
                destructive.append(
                    DestructiveFinding(
                        fileName: fileName, line: statement.line, reason: reason, origin: nil,
                        statement: oneLineSQL(statement.text)))
            }
            facts.recordCalls(in: statement.node, at: "\(fileName):\(statement.line)")
            switch statement.node.tagged?.kind {
            case "DoStmt":
                let origin = "in the DO block at line \(statement.line)"
                for inner in RoutineBody.statements(of: statement) ?? [] {
                    destructive += facts.judge(inner, fileName: fileName, origin: origin)
                    switch inner.content {
                    case .statement(let node):
                        facts.recordCalls(in: node, at: "\(fileName):\(inner.line)")
                        facts.context.record(node)
                    case .expression(let node):
                        facts.recordCalls(in: node, at: "\(fileName):\(inner.line)")
                    case .unchecked:
                        break
                    }
                }
            case "CreateFunctionStmt":
                facts.recordFunction(statement, fileName: fileName)
            default:
                facts.context.record(statement.node)
            }
        }
        self.destructive = destructive
        transactionControlLines = statements.compactMap { statement in
            guard statement.node.tagged?.kind == "TransactionStmt" else { return nil }
            let kind = statement.node["TransactionStmt"]?["kind"]?.stringValue ?? ""
            return ["TRANS_STMT_SAVEPOINT", "TRANS_STMT_RELEASE", "TRANS_STMT_ROLLBACK_TO"].contains(kind)
                ? nil : statement.line
        }
    }
}
