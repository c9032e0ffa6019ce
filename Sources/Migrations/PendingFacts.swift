import SQLSyntax

/// What the pending files establish for the destructive gate, in order: the tables and columns they create
/// (filling those is a backfill), the functions they create, and the functions they call at migrate time.
public struct PendingFacts: Sendable {
    public var context: DataLossContext
    /// Functions and procedures created by the pending files, by schema-qualified name.
    private var functions: [String: CreatedFunction] = [:]
    /// Calls made by top-level statements and DO blocks: the name as written and where.
    private var calls: [(name: [String], site: String)] = []

    struct CreatedFunction: Sendable {
        let name: String
        let findings: [DestructiveFinding]
        let calls: [[String]]
    }

    /// `defaultSchema` is where unqualified names resolve (`current_schema()` of the migrating session).
    public init(defaultSchema: String = "public") {
        context = DataLossContext(defaultSchema: defaultSchema)
    }

    /// The findings of one statement inside a body; `origin` says where it runs from.
    func judge(_ inner: BodyStatement, fileName: String, origin: String) -> [DestructiveFinding] {
        let reason: String?
        switch inner.content {
        case .statement(let node): reason = DestructiveStatements.reason(for: node, context: context)
        case .expression: reason = nil
        case .unchecked(let why): reason = "cannot check what this runs: \(why)"
        }
        guard let reason else { return [] }
        return [
            DestructiveFinding(
                fileName: fileName, line: inner.line, reason: reason, origin: origin,
                statement: oneLineSQL(inner.text))
        ]
    }

    /// Notes every function a top-level statement or DO block calls (`SELECT f()`, `CALL p()`, `PERFORM`…).
    mutating func recordCalls(in node: ParseNode, at site: String) {
        calls += Self.calledNames(in: node).map { ($0, site) }
    }

    /// Remembers a `CREATE FUNCTION/PROCEDURE` and what its body would do when called.
    mutating func recordFunction(_ statement: ParsedStatement, fileName: String) {
        let names = statement.node["CreateFunctionStmt"]?["funcname"]?.arrayValue.compactMap(\.stringName) ?? []
        let name = context.qualified(names: names)
        let inner = RoutineBody.statements(of: statement) ?? []
        var findings: [DestructiveFinding] = []
        var innerCalls: [[String]] = []
        for statementInside in inner {
            findings += judge(statementInside, fileName: fileName, origin: "in function \(name)")
            switch statementInside.content {
            case .statement(let node), .expression(let node): innerCalls += Self.calledNames(in: node)
            case .unchecked: break
            }
        }
        functions[name] = CreatedFunction(name: name, findings: findings, calls: innerCalls)
    }

    /// The findings inside functions the pending files create and also call (directly, from a DO block, or
    /// through another such function): those bodies run at migrate time.
    public func calledFunctionFindings() -> [DestructiveFinding] {
        var visited: Set<String> = []
        var queue = calls
        var findings: [DestructiveFinding] = []
        while !queue.isEmpty {
            let (name, site) = queue.removeFirst()
            for function in matching(name) where visited.insert(function.name).inserted {
                findings += function.findings.map {
                    DestructiveFinding(
                        fileName: $0.fileName, line: $0.line, reason: $0.reason,
                        origin: "\($0.origin ?? "in function \(function.name)"), called at \(site)",
                        statement: $0.statement)
                }
                queue += function.calls.map { ($0, site) }
            }
        }
        return findings
    }

    /// Functions a call may reach: the exact one for a qualified name, every one of that name otherwise (the
    /// search path decides at run time).
    private func matching(_ name: [String]) -> [CreatedFunction] {
        if name.count > 1 { return functions[name.joined(separator: ".")].map { [$0] } ?? [] }
        return functions.values.filter { $0.name.split(separator: ".").last.map(String.init) == name.last }
            .sorted { $0.name < $1.name }
    }

    private static func calledNames(in node: ParseNode) -> [[String]] {
        var names: [[String]] = []
        node.walk { child in
            // `CALL p()` holds its FuncCall untagged, as the field `funccall`.
            if let call = child["FuncCall"] ?? child["CallStmt"]?["funccall"] {
                names.append(call["funcname"]?.arrayValue.compactMap(\.stringName) ?? [])
            }
        }
        return names
    }
}
