import CPgQuery
import Foundation

/// Something a DO block or function body runs, located in the file.
public struct BodyStatement: Sendable {
    /// 1-based line in the file.
    public let line: Int
    /// The SQL text as written in the body (for an `EXECUTE`, its string's text).
    public let text: String
    public let content: Content

    public enum Content: Sendable {
        /// A SQL statement the body runs (`DROP TABLE junk;`, or `EXECUTE 'TRUNCATE t'`).
        case statement(ParseNode)
        /// An expression the body evaluates (`IF f() THEN`, `x := g()`): only its function calls matter.
        case expression(ParseNode)
        /// What the body runs cannot be read: a computed `EXECUTE`, a language other than PL/pgSQL or SQL, a
        /// body libpg_query cannot parse. Says why.
        case unchecked(String)
    }
}

/// The statements inside `DO` blocks and `CREATE FUNCTION/PROCEDURE` bodies, from libpg_query's PL/pgSQL
/// parser (`pg_query_parse_plpgsql`) and its SQL parser: `PLpgSQL_stmt_execsql` statements,
/// `EXECUTE 'constant string'` (parsed like any SQL), and the expressions whose calls run other functions.
public enum RoutineBody {
    /// What the body of `statement` (a `DoStmt` or `CreateFunctionStmt`) runs, or `nil` for other statements
    /// and for functions in C or internal languages (their code is not in the file).
    public static func statements(of statement: ParsedStatement) -> [BodyStatement]? {
        guard let (kind, body) = statement.node.tagged else { return nil }
        let options: [ParseNode]
        switch kind {
        case "DoStmt": options = body["args"]?.arrayValue ?? []
        case "CreateFunctionStmt": options = body["options"]?.arrayValue ?? []
        default: return nil
        }
        let language =
            option("language", in: options)?.stringName?.lowercased() ?? (kind == "DoStmt" ? "plpgsql" : "sql")
        let source = option("as", in: options)
        let text = (source?["List"]?["items"]?.arrayValue.first ?? source)?.stringName
        switch language {
        case "plpgsql":
            guard let text else { return nil }
            return plpgsql(statement, bodyLine: bodyLine(of: text, in: statement))
        case "sql":
            if let atomic = body["sql_body"] { return atomicStatements(atomic, line: statement.line) }
            guard let text else { return nil }
            return sqlStatements(text, bodyLine: bodyLine(of: text, in: statement))
        case "c", "internal":
            return nil
        default:
            return [
                BodyStatement(
                    line: statement.line, text: oneLineSQL(statement.text),
                    content: .unchecked("its body is in LANGUAGE \(language), which db cannot read"))
            ]
        }
    }

    private static func option(_ name: String, in options: [ParseNode]) -> ParseNode? {
        options.first { $0["DefElem"]?["defname"]?.stringValue == name }?["DefElem"]?["arg"]
    }

    /// The file line where the body's text starts: found as written in the statement (a dollar-quoted body is
    /// verbatim), else the statement's own line.
    private static func bodyLine(of body: String, in statement: ParsedStatement) -> Int {
        let leading = SourceText(statement.text).firstTokenByte(from: 0)
        let fromFirstToken = String(decoding: Array(statement.text.utf8).dropFirst(leading), as: UTF8.self)
        guard !body.isEmpty, let range = fromFirstToken.range(of: body) else { return statement.line }
        return statement.line + fromFirstToken[..<range.lowerBound].filter { $0 == "\n" || $0 == "\r\n" }.count
    }

    private static func plpgsql(_ statement: ParsedStatement, bodyLine: Int) -> [BodyStatement] {
        let result = pg_query_parse_plpgsql(statement.text)
        defer { pg_query_free_plpgsql_parse_result(result) }
        if let error = result.error {
            let message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
            return [
                BodyStatement(
                    line: statement.line, text: oneLineSQL(statement.text),
                    content: .unchecked("libpg_query cannot read its PL/pgSQL body (\(message))"))
            ]
        }
        guard let json = result.plpgsql_funcs, let tree = ParseTreeJSON.decode(json) else { return [] }
        var found: [BodyStatement] = []
        visit(tree, line: bodyLine, bodyLine: bodyLine, into: &found)
        return found
    }

    /// Walks a PL/pgSQL tree; `line` is the file line of the innermost statement around `node`.
    private static func visit(_ node: ParseNode, line: Int, bodyLine: Int, into found: inout [BodyStatement]) {
        switch node {
        case .array(let items):
            for item in items { visit(item, line: line, bodyLine: bodyLine, into: &found) }
        case .object(let fields):
            for (key, value) in fields.sorted(by: { $0.key < $1.key }) {
                let here = value["lineno"]?.intValue.map { bodyLine + $0 - 1 } ?? line
                switch key {
                case "PLpgSQL_stmt_execsql":
                    if let query = value["sqlstmt"]?["PLpgSQL_expr"]?["query"]?.stringValue {
                        found += sqlStatements(query, bodyLine: here)
                    }
                case "PLpgSQL_stmt_dynexecute":
                    if let query = value["query"]?["PLpgSQL_expr"]?["query"]?.stringValue {
                        found += dynamicStatements(query, line: here)
                    }
                    visit(value, line: here, bodyLine: bodyLine, into: &found)
                case "PLpgSQL_expr":
                    if let query = value["query"]?.stringValue, let node = expression(query) {
                        found.append(BodyStatement(line: line, text: query, content: .expression(node)))
                    }
                default:
                    visit(value, line: here, bodyLine: bodyLine, into: &found)
                }
            }
        default:
            return
        }
    }

    /// `EXECUTE 'DROP TABLE x'` runs that SQL; `EXECUTE format(…)` runs a string known only at run time.
    private static func dynamicStatements(_ query: String, line: Int) -> [BodyStatement] {
        if let parsed = try? SQLParser.parse("SELECT " + query), parsed.count == 1,
            let targets = parsed[0].node["SelectStmt"]?["targetList"]?.arrayValue, targets.count == 1,
            let constant = targets[0]["ResTarget"]?["val"]?["A_Const"]?["sval"]?["sval"]?.stringValue
        {
            return sqlStatements(constant, bodyLine: line)
        }
        return [
            BodyStatement(
                line: line, text: "EXECUTE " + query,
                content: .unchecked("EXECUTE of a string computed at run time cannot be checked"))
        ]
    }

    /// An expression's parse tree: a query as is (`SELECT g()`, `CALL p()`), else as `SELECT expr`, and for an
    /// assignment (`x := f()`) its right-hand side.
    private static func expression(_ query: String) -> ParseNode? {
        let rightHandSide = query.range(of: ":=").map { String(query[$0.upperBound...]) }
        for candidate in [query, "SELECT " + query] + (rightHandSide.map { ["SELECT " + $0] } ?? []) {
            if let parsed = try? SQLParser.parse(candidate), let first = parsed.first { return first.node }
        }
        return nil
    }

    private static func sqlStatements(_ sql: String, bodyLine: Int) -> [BodyStatement] {
        guard let parsed = try? SQLParser.parse(sql) else {
            return [
                BodyStatement(
                    line: bodyLine, text: oneLineSQL(sql), content: .unchecked("libpg_query cannot parse this SQL"))
            ]
        }
        return parsed.map {
            BodyStatement(line: bodyLine + $0.line - 1, text: $0.text, content: .statement($0.node))
        }
    }

    /// The statements of a `BEGIN ATOMIC … END` body, already in the function's parse tree (without lines).
    private static func atomicStatements(_ body: ParseNode, line: Int) -> [BodyStatement] {
        var found: [BodyStatement] = []
        body.walk { node in
            guard let kind = node.tagged?.kind, kind.hasSuffix("Stmt") else { return }
            found.append(BodyStatement(line: line, text: kind, content: .statement(node)))
        }
        return found
    }
}

/// A statement squeezed onto one line (whitespace collapsed), cut at 160 characters.
public func oneLineSQL(_ text: String) -> String {
    let source = SourceText(text)
    let start = source.firstTokenByte(from: 0)
    let body = source.slice(from: start, length: source.byteCount - start)
    let words = body.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\r\n" })
    let joined = words.joined(separator: " ")
    return joined.count > 160 ? String(joined.prefix(157)) + "..." : joined
}
