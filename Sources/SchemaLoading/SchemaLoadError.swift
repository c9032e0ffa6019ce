import Postgres
import SQLSyntax
import SchemaDSL

/// Why a DSL schema could not be loaded into a scratch database.
public enum SchemaLoadError: Error, Sendable, CustomStringConvertible {
    /// Roles the schema or plan names (`Role(…)`, grantees, owners, policy roles) that the server does not have.
    case missingRoles([String])
    /// Postgres rejected the statement that creates `object` (declared at `location`).
    case statementFailed(statement: String, object: String?, location: SourceLocation?, error: PostgresError)

    /// What failed, where (object, Swift line, SQLSTATE), and what to do next.
    public var description: String {
        switch self {
        case .missingRoles(let roles):
            let create = roles.map { "CREATE ROLE \(quoteIdentifier($0));" }.joined(separator: " ")
            return "the schema needs role(s) \(roles.map(quoteIdentifier).joined(separator: ", ")), which do not exist on this server\n"
                + "roles belong to the whole server, not to migrations: create them once (\(create)) and try again"
        case .statementFailed(let statement, let object, let location, let error):
            var text = "Postgres rejected the schema"
            if let object { text += " at \(object)" }
            if let location { text += ", declared at \(location)" }
            text += "\n  " + error.description.replacingOccurrences(of: "\n", with: "\n  ")
            text += "\n  statement: \(statement)"
            return text + "\nfix the declaration in the Swift schema and try again"
        }
    }
}
