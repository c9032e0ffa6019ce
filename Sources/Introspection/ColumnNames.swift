import Catalog

/// A column by its relation's oid and its `attnum`.
struct ColumnPosition: Hashable {
    var relation: Int
    var position: Int
}

/// The columns `ColumnsQuery` read, by relation oid and `attnum`, so other queries can return column numbers
/// (`conkey`, `indkey`) instead of looking every column up again on the server.
struct ColumnNames: Sendable {
    /// A column's name and its type's collation (`pg_type.typcollation`, 0 for a type without one).
    struct Entry: Sendable {
        var name: String
        var typeCollation: Int
    }

    private var entries: [ColumnPosition: Entry] = [:]

    mutating func add(_ name: String, typeCollation: Int, relation: Int, position: Int) {
        entries[ColumnPosition(relation: relation, position: position)] = Entry(name: name, typeCollation: typeCollation)
    }

    /// Column `number` of relation `relationID` (named `relation`); throws when it was not read, which would be a
    /// bug in the queries' scoping.
    func column(_ number: Int, relationID: Int, relation: QualifiedName) throws -> Entry {
        guard let entry = entries[ColumnPosition(relation: relationID, position: number)] else {
            throw IntrospectionError.columnNotRead(relation: relation, number: number)
        }
        return entry
    }

    /// The names of columns `numbers` (an `int2[]`'s elements) of relation `relationID`, in order.
    func names(_ numbers: [String], relationID: Int, relation: QualifiedName) throws -> [String] {
        try numbers.map { try column(Int($0) ?? 0, relationID: relationID, relation: relation).name }
    }
}
