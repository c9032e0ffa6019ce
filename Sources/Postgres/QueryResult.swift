/// The rows of one statement's result, as text (libpq's text format), with typed accessors.
public struct QueryResult: Sendable {
    /// Column names in result order.
    public let columns: [String]
    /// Each row's values in column order; `nil` is SQL NULL.
    public let rows: [Row]
    /// The command tag, e.g. `INSERT 0 1` or `CREATE TABLE`.
    public let commandTag: String
    /// Rows affected by INSERT/UPDATE/DELETE (`PQcmdTuples`), or 0.
    public let affectedRows: Int

    public init(columns: [String], rows: [Row], commandTag: String, affectedRows: Int) {
        self.columns = columns
        self.rows = rows
        self.commandTag = commandTag
        self.affectedRows = affectedRows
    }
}

/// One result row; look values up by column name or position.
public struct Row: Sendable {
    public let values: [String?]
    let columnIndex: [String: Int]

    public init(values: [String?], columnIndex: [String: Int]) {
        self.values = values
        self.columnIndex = columnIndex
    }

    /// The raw text of a column, `nil` for NULL. Traps on an unknown column name: that is a programming error.
    public subscript(_ column: String) -> String? {
        guard let index = columnIndex[column] else { preconditionFailure("no column \(column) in result") }
        return values[index]
    }

    public func string(_ column: String) -> String { self[column] ?? "" }
    public func optionalString(_ column: String) -> String? { self[column] }
    public func int(_ column: String) -> Int { self[column].flatMap { Int($0) } ?? 0 }
    public func optionalInt(_ column: String) -> Int? { self[column].flatMap { Int($0) } }
    public func bool(_ column: String) -> Bool { self[column] == "t" }

    /// A Postgres text array (`{a,"b c"}`) as Swift strings; NULL elements become empty strings.
    public func stringArray(_ column: String) -> [String] {
        guard let text = self[column] else { return [] }
        return parsePostgresArray(text)
    }
}

/// Parses the text form of a one-dimensional Postgres array, e.g. `{a,"b,c",NULL}`.
public func parsePostgresArray(_ text: String) -> [String] {
    var characters = Substring(text)
    guard characters.first == "{", characters.last == "}" else { return [] }
    characters = characters.dropFirst().dropLast()
    var elements: [String] = []
    var current = ""
    var inQuotes = false
    var wasQuoted = false
    var escaping = false
    for character in characters {
        if escaping {
            current.append(character)
            escaping = false
        } else if character == "\\" {
            escaping = true
        } else if character == "\"" {
            inQuotes.toggle()
            wasQuoted = true
        } else if character == "," && !inQuotes {
            elements.append(!wasQuoted && current == "NULL" ? "" : current)
            current = ""
            wasQuoted = false
        } else {
            current.append(character)
        }
    }
    if !characters.isEmpty { elements.append(!wasQuoted && current == "NULL" ? "" : current) }
    return elements
}
