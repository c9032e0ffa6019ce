import Catalog

/// A column by its relation's oid and its `attnum`.
struct ColumnPosition: Hashable {
    var relation: Int
    var position: Int
}

/// The names of the columns `ColumnsQuery` read, by relation oid and `attnum`, so other queries can return column
/// numbers (`conkey`) instead of looking every name up again on the server.
struct ColumnNames {
    private var names: [ColumnPosition: String] = [:]

    mutating func add(_ name: String, relation: Int, position: Int) {
        names[ColumnPosition(relation: relation, position: position)] = name
    }

    /// The names of columns `numbers` (an `int2[]`'s elements) of relation `relationID`, in order; throws when one
    /// was not read, which would be a bug in the queries' scoping.
    func names(_ numbers: [String], relationID: Int, relation: QualifiedName) throws -> [String] {
        try numbers.map { number in
            guard let position = Int(number), let name = names[ColumnPosition(relation: relationID, position: position)]
            else { throw IntrospectionError.columnNotRead(relation: relation, number: number) }
            return name
        }
    }
}
