import Catalog
import Introspection
import Postgres

/// Introspects the requested schemas that exist; in a comparison a missing schema simply has no objects
/// (e.g. a fresh database compared with a DSL that declares `app`). `sessions` as for `Introspector`.
func introspectExisting(_ connection: Connection, schemas: [String]?, sessions: Int = 2) throws -> Catalog {
    let introspector = Introspector(connection, sessions: sessions)
    do {
        return try introspector.introspect(schemas: schemas)
    } catch IntrospectionError.schemasNotFound(let missing, _) {
        let present = (schemas ?? []).filter { !missing.contains($0) }
        return present.isEmpty ? Catalog() : try introspector.introspect(schemas: present)
    }
}
