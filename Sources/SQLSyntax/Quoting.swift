import Foundation

/// Quotes a Postgres identifier: always double-quoted, embedded double quotes doubled.
///
/// This is the only place identifiers are quoted. Length (63 bytes) is checked by `validateIdentifier`.
public func quoteIdentifier(_ name: String) -> String {
    "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
}

/// A schema-qualified, quoted name: `"app"."users"`.
public func qualifiedName(_ schema: String, _ name: String) -> String {
    quoteIdentifier(schema) + "." + quoteIdentifier(name)
}

/// Renders a string as a SQL literal (`'it''s'`), or `E'…'` when it contains backslashes.
///
/// This is the only place string values are turned into SQL text; prefer query parameters where possible.
public func quoteLiteral(_ value: String) -> String {
    let doubled = value.replacingOccurrences(of: "'", with: "''")
    if doubled.contains("\\") {
        return "E'" + doubled.replacingOccurrences(of: "\\", with: "\\\\") + "'"
    }
    return "'" + doubled + "'"
}

/// Why a name cannot be a Postgres identifier, or `nil` when it can.
///
/// Postgres silently truncates names longer than 63 bytes (NAMEDATALEN - 1), which would make two
/// different names collide; empty names and NUL characters are rejected by the server.
public func identifierProblem(_ name: String) -> String? {
    if name.isEmpty { return "an identifier cannot be empty" }
    if name.contains("\0") { return "identifier \(quoteIdentifier(name)) contains a NUL character" }
    let bytes = name.utf8.count
    if bytes > 63 {
        return "identifier \(quoteIdentifier(name)) is \(bytes) bytes long; Postgres truncates names to 63 bytes"
    }
    return nil
}
