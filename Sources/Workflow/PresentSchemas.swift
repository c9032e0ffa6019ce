import Catalog
import Introspection
import Postgres

/// Introspects the requested schemas that exist; in a comparison a missing schema simply has no objects
/// (e.g. a fresh database compared with a DSL that declares `app`).
func introspectExisting(_ connection: Connection, schemas: [String]?) throws -> Catalog {
    do {
        return try introspect(connection, schemas: schemas)
    } catch IntrospectionError.schemasNotFound(let missing, _) {
        let present = (schemas ?? []).filter { !missing.contains($0) }
        return present.isEmpty ? Catalog() : try introspect(connection, schemas: present)
    }
}
