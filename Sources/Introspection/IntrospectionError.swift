/// Why introspection could not read the requested schema.
public enum IntrospectionError: Error, CustomStringConvertible, Equatable {
    /// `--schema` named schemas that the database does not have (or that are system or extension schemas).
    case schemasNotFound([String], database: String)

    public var description: String {
        switch self {
        case .schemasNotFound(let names, let database):
            let list = names.map { "\"\($0)\"" }.joined(separator: ", ")
            return "schema \(list) not found in \(database)\n"
                + "check the --schema names (case-sensitive) or run `db inspect` without --schema to list all schemas"
        }
    }
}
