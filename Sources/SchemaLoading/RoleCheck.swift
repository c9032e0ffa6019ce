import Foundation
import Postgres

/// Checks, with one query, that the roles a schema or a plan names exist on the server: roles are cluster objects
/// that migrations do not create, so a missing one is reported before anything is applied.
public enum RoleCheck {
    /// The roles of `roles` that the server of `connection` does not have, sorted.
    public static func missing(_ roles: Set<String>, on connection: Connection) throws -> [String] {
        guard !roles.isEmpty else { return [] }
        let list = String(decoding: try JSONEncoder().encode(roles.sorted()), as: UTF8.self)
        let result = try connection.query(
            """
            SELECT r.name FROM pg_catalog.json_array_elements_text($1::json) AS r(name)
            WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = r.name) ORDER BY r.name
            """, [list])
        return result.rows.map { $0.string("name") }
    }

    /// Throws `SchemaLoadError.missingRoles` naming every role of `roles` the server does not have.
    public static func requireRoles(_ roles: Set<String>, on connection: Connection) throws {
        let missing = try missing(roles, on: connection)
        if !missing.isEmpty { throw SchemaLoadError.missingRoles(missing) }
    }
}
