import Catalog

/// The identifier-like words of a SQL text (runs of letters, digits, `_`, `$`), for a cheap test of whether the text
/// names something: a word that only looks like the name matches too, and a quoted name with other characters in it
/// is not found.
func identifierWords(in text: String) -> [Substring] {
    text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "$") })
}

extension Differ {
    /// `ObjectID.column` of the columns of `table` that expression texts name as whole words: what a policy, a
    /// trigger's `WHEN` or an index expression or predicate reads, which must wait for the column's new type (and
    /// which Postgres, for policies and triggers, refuses to retype or drop under them).
    /// A false match (a word that is also a column name) only adds an ordering edge or recreates the object
    /// needlessly.
    func mentionedColumns(_ texts: [String?], of table: Table?) -> [String] {
        guard let table else { return [] }
        var words: Set<String> = []
        for text in texts.compactMap({ $0 }) {
            for reference in NameScanner.scan(text) { words.formUnion(reference.parts) }
        }
        return table.columns.filter { words.contains($0.name) }.map { ObjectID.column(table.name, $0.name) }
    }

    /// True when one of those columns is retyped or dropped by the plan.
    func mentionsDirtyColumn(_ texts: [String?], of table: Table?) -> Bool {
        mentionedColumns(texts, of: table).contains(where: dirtyColumns.contains)
    }
}
