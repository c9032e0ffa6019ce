import CPgQuery
import Foundation

/// One top-level statement of a SQL script, located in the script.
public struct ParsedStatement: Sendable {
    /// The statement text without the terminating semicolon (leading comments included).
    public let text: String
    /// Byte offset of the statement's first token within the script.
    public let byteOffset: Int
    /// 1-based line of the statement's first token within the script.
    public let line: Int
    /// The libpg_query parse tree of the statement, e.g. `{"DropStmt": {...}}`.
    public let node: ParseNode
}

/// Statement splitting and parse trees, by the Postgres parser itself (libpg_query).
public enum SQLParser {
    /// Splits a script into top-level statements; comments, string literals and `$$` bodies are never split.
    /// `byteOffset` is the statement's first token, `length` the bytes from there to its end (without the `;`).
    public static func split(_ sql: String) throws -> [(text: String, byteOffset: Int, length: Int, line: Int)] {
        let source = SourceText(sql)
        let result = pg_query_split_with_parser(sql)
        defer { pg_query_free_split_result(result) }
        if let error = result.error { throw syntaxError(error.pointee, source: source) }
        var statements: [(String, Int, Int, Int)] = []
        for index in 0..<Int(result.n_stmts) {
            guard let statement = result.stmts[index]?.pointee else { continue }
            let start = Int(statement.stmt_location)
            let length = statement.stmt_len > 0 ? Int(statement.stmt_len) : source.byteCount - start
            let text = source.slice(from: start, length: length)
            let first = min(source.firstTokenByte(from: start), start + length)
            statements.append((text, first, start + length - first, source.line(atByte: first)))
        }
        return statements
    }

    /// Parses a script into its top-level statements with their parse trees.
    ///
    /// With `onlyIfMentioning`, returns no statements (after checking the syntax) when the parse tree has no node
    /// of those kinds anywhere, e.g. `["DropStmt"]`: a fast path for scans over many files.
    public static func parse(_ sql: String, onlyIfMentioning kinds: [String]? = nil) throws(SQLSyntaxError)
        -> [ParsedStatement]
    {
        let source = SourceText(sql)
        let result = pg_query_parse(sql)
        defer { pg_query_free_parse_result(result) }
        if let error = result.error { throw syntaxError(error.pointee, source: source) }
        guard let json = result.parse_tree else { return [] }
        if let kinds {
            let text = String(cString: json)
            if !kinds.contains(where: { text.contains("\"\($0)\"") }) { return [] }
        }
        let unreadable = SQLSyntaxError(
            message: "libpg_query returned a parse tree db cannot read (no stmts list of stmt nodes): "
                + "report this with the SQL that caused it",
            line: nil, byteOffset: nil)
        guard let rawStatements = ParseTreeJSON.decode(json)?["stmts"]?.arrayValue else { throw unreadable }
        return try rawStatements.map { raw throws(SQLSyntaxError) in
            guard let node = raw["stmt"] else { throw unreadable }
            let start = raw["stmt_location"]?.intValue ?? 0
            let length = raw["stmt_len"]?.intValue.flatMap { $0 > 0 ? $0 : nil } ?? (source.byteCount - start)
            let first = source.firstTokenByte(from: start)
            return ParsedStatement(
                text: source.slice(from: start, length: length), byteOffset: first, line: source.line(atByte: first),
                node: node)
        }
    }

    private static func syntaxError(_ error: PgQueryError, source: SourceText) -> SQLSyntaxError {
        let message = error.message.map { String(cString: $0) } ?? "could not parse SQL"
        let offset = error.cursorpos > 0 ? source.byteOffset(ofCharacterPosition: Int(error.cursorpos)) : nil
        return SQLSyntaxError(message: message, line: offset.map { source.line(atByte: $0) }, byteOffset: offset)
    }
}
