import Catalog
import Postgres

/// Reads the schema of a live database into a `Catalog`.
///
/// Equivalent to `Introspector(connection).introspect(schemas:)`; see `Introspector` for what is read and left out.
/// ```swift
/// let catalog = try introspect(connection, schemas: ["app"])
/// ```
public func introspect(_ connection: Connection, schemas: [String]? = nil) throws -> Catalog {
    try Introspector(connection).introspect(schemas: schemas)
}

/// Reads a database's schema with a fixed set of catalog queries, one (or two) per object kind, never one per table.
///
/// Everything is read inside one `REPEATABLE READ, READ ONLY` transaction (one consistent snapshot) with
/// `search_path` set to `pg_catalog` only, so every name outside `pg_catalog` is printed schema-qualified
/// (`app.status`, `public.orders`) whatever the caller's `search_path` is. Left out: objects that belong to an
/// extension, the system schemas (`pg_catalog`, `information_schema`, `pg_toast`, temporary schemas) and the
/// migration history table `public.__migrations`. Object ownership and grants are not read.
public final class Introspector {
    private let reader: CatalogReader

    /// Statements sent by the last `introspect(schemas:)` call inside its snapshot transaction: the same number
    /// for any database, because each object kind is read with one query whatever the number of objects.
    public var statementCount: Int { reader.statementCount }

    public init(_ connection: Connection) {
        reader = CatalogReader(connection)
    }

    /// Reads the given schemas (default: every user schema); throws when a named schema does not exist.
    public func introspect(schemas: [String]? = nil) throws -> Catalog {
        try reader.readSnapshot {
            let schemaRows = try SchemasQuery.read(reader, only: schemas)
            if let schemas {
                let missing = Set(schemas).subtracting(schemaRows.map(\.name))
                if !missing.isEmpty {
                    throw IntrospectionError.schemasNotFound(missing.sorted(), database: reader.databaseName)
                }
            }
            reader.schemas = schemaRows.map(\.name)
            return try readCatalog(schemas: schemaRows)
        }
    }

    private func readCatalog(schemas: [Schema]) throws -> Catalog {
        var catalog = Catalog()
        for schema in schemas { catalog.add(schema) }
        for object in try ExtensionsQuery.read(reader) { catalog.add(object) }
        for object in try EnumsQuery.read(reader) { catalog.add(object) }
        for object in try DomainsQuery.read(reader) { catalog.add(object) }
        for object in try CompositeTypesQuery.read(reader) { catalog.add(object) }
        for object in try SequencesQuery.read(reader) { catalog.add(object) }
        for object in try TablesQuery.read(reader) { catalog.add(object) }
        for object in try ViewsQuery.read(reader) { catalog.add(object) }
        for object in try FunctionsQuery.read(reader) { catalog.add(object) }

        for row in try ColumnsQuery.read(reader) {
            let key = row.relation.key
            if catalog.tables[key] != nil {
                catalog.tables[key]!.columns.append(row.value)
            } else if catalog.views[key] != nil {
                catalog.views[key]!.columns.append(row.value.name)
                catalog.views[key]!.columnTypes[row.value.name] = row.value.type
                if let comment = row.value.comment { catalog.views[key]!.columnComments[row.value.name] = comment }
            }
        }
        for row in try ConstraintsQuery.read(reader) {
            catalog.tables[row.relation.key]?.constraints[row.value.name] = row.value
        }
        for index in try IndexesQuery.read(reader) {
            let key = index.table.key
            if catalog.tables[key] != nil {
                catalog.tables[key]!.indexes[index.name] = index
            } else {
                catalog.views[key]?.indexes[index.name] = index
            }
        }
        for trigger in try TriggersQuery.read(reader) {
            catalog.tables[trigger.table.key]?.triggers[trigger.name] = trigger
        }
        for policy in try PoliciesQuery.read(reader) {
            catalog.tables[policy.table.key]?.policies[policy.name] = policy
        }
        for (view, dependencies) in try ViewDependenciesQuery.read(reader) {
            catalog.views[view.key]?.dependsOn = dependencies.relations
            catalog.views[view.key]?.dependsOnFunctions = dependencies.functions
        }
        return catalog
    }
}
