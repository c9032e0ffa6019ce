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

/// Text that stays on one line: line breaks, other control characters, Unicode line and paragraph separators and
/// bidirectional controls become visible escapes (`\n`, `\r`, `\t`, `\u{2028}`).
///
/// Every name, label, comment or setting value that goes into a generated comment line (`-- …` in SQL, `// …` in
/// Swift) or into a line of human-readable output passes through here, so it can neither end the comment (a line
/// comment ends only at a line break) nor start a line of its own; pg_dump does the same for the names in its
/// `-- Name:` headers since CVE-2012-0868. The SQL statements themselves keep the exact names, through
/// `quoteIdentifier` and `quoteLiteral`.
public func singleLine(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: mustBeEscapedOnOneLine) else { return text }
    var result = ""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\n": result += "\\n"
        case "\r": result += "\\r"
        case "\t": result += "\\t"
        case _ where mustBeEscapedOnOneLine(scalar): result += "\\u{" + String(scalar.value, radix: 16) + "}"
        default: result.unicodeScalars.append(scalar)
        }
    }
    return result
}

/// A SQL line comment holding `text` (`-- text`, or `--` alone for empty text), on one line whatever `text` holds.
public func sqlLineComment(_ text: String) -> String {
    text.isEmpty ? "--" : "-- " + singleLine(text)
}

/// Whether `scalar` must be escaped for text to stay on one line and show in the order it is read: control
/// characters (C0, DEL, C1 including NEL), the Unicode line and paragraph separators, and bidirectional controls.
/// `singleLine` escapes these; so do the Swift string literals `db pull` and `db types` write.
public func mustBeEscapedOnOneLine(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .control, .lineSeparator, .paragraphSeparator: return true
    default: return scalar.properties.isBidiControl
    }
}
