import Catalog
import Postgres
import SQLSyntax

/// The tables of A that survive into B (same name, or renamed or moved by hints), whose rows the migration must keep.
struct SurvivingTables {
    /// Each surviving table's name in A, with its name in B.
    let names: [(old: QualifiedName, new: QualifiedName)]

    init(from: Catalog, to: Catalog, hints: SchemaHints) {
        names = to.tables.values.map(\.name).sorted().compactMap { new in
            let hinted = hints.previousName(ofTable: new)
            if from.tables[hinted.key] != nil && from.tables[new.key] == nil { return (hinted, new) }
            return from.tables[new.key] != nil ? (new, new) : nil
        }
    }

    /// The rows each table holds itself (`FROM ONLY`: a partitioned table's rows are counted in its partitions),
    /// in the order of `tables` (the names of one side).
    static func rowCounts(of tables: [QualifiedName], on connection: Connection) throws -> [Int] {
        guard !tables.isEmpty else { return [] }
        let columns = tables.enumerated().map { position, table in
            let name = qualifiedName(table.schema, table.name)
            return "(SELECT count(*) FROM ONLY \(name)) AS \(quoteIdentifier("c\(position)"))"
        }
        let row = try connection.query("SELECT " + columns.joined(separator: ", ")).rows[0]
        return tables.indices.map { row.int("c\($0)") }
    }
}
