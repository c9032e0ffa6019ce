import Catalog

/// Why introspection could not read the requested schema.
public enum IntrospectionError: Error, CustomStringConvertible, Equatable {
    /// `--schema` named schemas that the database does not have (or that are system or extension schemas).
    case schemasNotFound([String], database: String)
    /// A constraint or index names a column number that the columns query did not return (a bug in `db`, not in the
    /// schema).
    case columnNotRead(relation: QualifiedName, number: Int)

    public var description: String {
        switch self {
        case .schemasNotFound(let names, let database):
            let list = names.map { "\"\($0)\"" }.joined(separator: ", ")
            return "schema \(list) not found in \(database)\n"
                + "check the --schema names (case-sensitive) or run `db inspect` without --schema to list all schemas"
        case .columnNotRead(let relation, let number):
            return "introspection read no column number \(number) of \(relation.key), which one of its constraints or indexes names\n"
                + "this is a bug in db: please report it with the table's definition (pg_dump --schema-only -t)"
        }
    }
}
