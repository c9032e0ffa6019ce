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
/// Everything is read from one snapshot: a `REPEATABLE READ, READ ONLY` transaction whose snapshot a second
/// session adopts (`pg_export_snapshot`), so the two split the queries and run them in parallel yet see exactly the
/// same state. `search_path` is `pg_catalog` only inside the transactions, so every name outside `pg_catalog` is
/// printed schema-qualified (`app.status`, `public.orders`) whatever the caller's `search_path` is. Left out:
/// objects that belong to an extension, the system schemas (`pg_catalog`, `information_schema`, `pg_toast`,
/// temporary schemas) and the migration history table `public.__migrations`. Owners and privileges are read
/// (relative to the default ACL, see `Privileges`), with `ALTER DEFAULT PRIVILEGES` entries.
/// Event triggers and publications belong to no schema: an event trigger is read when its function is in a selected
/// schema, a publication when every table and schema it names is (so `FOR ALL TABLES` ones always are).
public final class Introspector {
    private let connection: Connection
    private let sessions: Int

    /// Statements sent by the last `introspect(schemas:)` call, over all its sessions: the same number for any
    /// database, because each object kind is read with one query whatever the number of objects.
    public private(set) var statementCount = 0

    /// `sessions` is 2 (read in parallel over a second connection to the same target) or 1 (only `connection`).
    /// When the second connection cannot be opened, everything is read over `connection`.
    public init(_ connection: Connection, sessions: Int = 2) {
        self.connection = connection
        self.sessions = sessions
    }

    /// Reads the given schemas (default: every user schema); throws when a named schema does not exist.
    public func introspect(schemas: [String]? = nil) throws -> Catalog {
        let primary = CatalogReader(connection)
        let helper =
            sessions > 1 ? try? CatalogReader(Connection(connection.target, applicationName: "db introspect")) : nil
        defer { statementCount = primary.statementCount + (helper?.statementCount ?? 0) }
        try primary.begin()
        do {
            if let helper { try helper.begin(snapshot: try primary.exportSnapshot()) }
            let schemaRows = try SchemasQuery.read(primary, only: schemas)
            if let schemas {
                let missing = Set(schemas).subtracting(schemaRows.map(\.name))
                if !missing.isEmpty {
                    throw IntrospectionError.schemasNotFound(missing.sorted(), database: primary.databaseName)
                }
            }
            primary.schemas = schemaRows.map(\.name)
            helper?.schemas = primary.schemas
            let version = primary.serverVersion
            let catalog: Catalog
            if let helper {
                try primary.sendAhead(Self.queries(serverVersion: version))
                try helper.sendAhead(RelationParts.queries(serverVersion: version))
                let relationParts = BackgroundWork { try RelationParts(helper) }
                let result = Result {
                    try readCatalog(schemas: schemaRows, primary, relationParts: { try relationParts.wait() })
                }
                _ = try? relationParts.wait()  // the helper session is idle before anything else touches it
                catalog = try result.get()
                try helper.commit()
            } else {
                try primary.sendAhead(
                    Self.queries(serverVersion: version) + RelationParts.queries(serverVersion: version))
                catalog = try readCatalog(schemas: schemaRows, primary, relationParts: { try RelationParts(primary) })
            }
            try primary.commit()
            return catalog
        } catch {
            helper?.rollback()
            primary.rollback()
            throw error
        }
    }

    /// The queries `readCatalog` runs, in its order, to be sent ahead in one pipeline.
    private static func queries(serverVersion: Int) -> [String] {
        [
            ExtensionsQuery.sql, EnumsQuery.sql, DomainsQuery.sql, CompositeTypesQuery.sql, TablesQuery.sql,
            FunctionsQuery.sql(serverVersion: serverVersion), ColumnsQuery.sql, ColumnsQuery.commentsSQL,
            ConstraintsQuery.sql(serverVersion: serverVersion), TriggersQuery.sql, PoliciesQuery.sql,
            EventTriggersQuery.sql, DefaultPrivilegesQuery.sql, PrivilegesQuery.sql, ViewsQuery.sql,
        ]
    }

    /// Reads everything but `RelationParts` over `reader`, then merges in `relationParts()`.
    private func readCatalog(
        schemas: [Schema], _ reader: CatalogReader, relationParts: () throws -> RelationParts
    ) throws -> Catalog {
        var catalog = Catalog()
        for schema in schemas { catalog.add(schema) }
        for object in try ExtensionsQuery.read(reader) { catalog.add(object) }
        for object in try EnumsQuery.read(reader) { catalog.add(object) }
        for object in try DomainsQuery.read(reader) { catalog.add(object) }
        for object in try CompositeTypesQuery.read(reader) { catalog.add(object) }
        for object in try TablesQuery.read(reader) { catalog.add(object) }
        for object in try FunctionsQuery.read(reader) { catalog.add(object) }
        let (columns, columnNames) = try ColumnsQuery.read(reader)
        let constraints = try ConstraintsQuery.read(reader, columnNames: columnNames)
        let triggers = try TriggersQuery.read(reader)
        let policies = try PoliciesQuery.read(reader)
        for object in try EventTriggersQuery.read(reader) { catalog.add(object) }
        let defaultPrivileges = try DefaultPrivilegesQuery.read(reader)
        let privileges = try PrivilegesQuery.read(reader)
        for object in try ViewsQuery.read(reader) { catalog.add(object) }
        let parts = try relationParts()
        for object in parts.sequences { catalog.add(object) }
        for object in parts.publications { catalog.add(object) }

        // Objects are added to their table in place (`values[index]`): reading `tables[key]` first would copy the
        // whole table.
        for run in relationRuns(columns, on: \.relation) {
            if let table = catalog.tables.index(forKey: run.key) {
                catalog.tables.values[table].columns += run.elements.map(\.value)
            } else if let view = catalog.views.index(forKey: run.key) {
                for row in run.elements {
                    catalog.views.values[view].columns.append(row.value.name)
                    catalog.views.values[view].columnTypes[row.value.name] = row.value.type
                    if let comment = row.value.comment {
                        catalog.views.values[view].columnComments[row.value.name] = comment
                    }
                }
            }
        }
        for run in relationRuns(constraints, on: \.relation) {
            guard let table = catalog.tables.index(forKey: run.key) else { continue }
            for row in run.elements {
                if row.isPartitionClone {
                    catalog.tables.values[table].inheritedConstraints[row.value.name] = row.value
                } else {
                    catalog.tables.values[table].constraints[row.value.name] = row.value
                }
            }
        }
        let indexes = try parts.indexes.map { try $0.named(from: columnNames) }
        for run in relationRuns(indexes, on: \.table) {
            if let table = catalog.tables.index(forKey: run.key) {
                for index in run.elements {
                    if index.parentIndex != nil {
                        catalog.tables.values[table].attachedIndexes[index.name] = index
                    } else {
                        catalog.tables.values[table].indexes[index.name] = index
                    }
                }
            } else if let view = catalog.views.index(forKey: run.key) {
                for index in run.elements where index.parentIndex == nil {
                    catalog.views.values[view].indexes[index.name] = index
                }
            }
        }
        for run in relationRuns(triggers, on: \.table) {
            if let table = catalog.tables.index(forKey: run.key) {
                for trigger in run.elements { catalog.tables.values[table].triggers[trigger.name] = trigger }
            } else if let view = catalog.views.index(forKey: run.key) {
                for trigger in run.elements { catalog.views.values[view].triggers[trigger.name] = trigger }
            }
        }
        for run in relationRuns(policies, on: \.table) {
            guard let table = catalog.tables.index(forKey: run.key) else { continue }
            for policy in run.elements { catalog.tables.values[table].policies[policy.name] = policy }
        }
        for (view, dependencies) in parts.viewDependencies {
            catalog.views[view.key]?.dependsOn = dependencies.relations
            catalog.views[view.key]?.dependsOnFunctions = dependencies.functions
        }
        for entry in defaultPrivileges { catalog.add(entry) }
        for row in privileges { catalog.apply(row) }
        return catalog
    }
}

/// What the second session reads while the first reads the rest: the two halves take about the same time.
struct RelationParts: Sendable {
    var sequences: [SequenceDefinition]
    var viewDependencies: [QualifiedName: ViewDependenciesQuery.Dependencies]
    var indexes: [IndexesQuery.Unnamed]
    var publications: [Publication]

    /// The queries `init` runs, in its order, to be sent ahead in one pipeline.
    static func queries(serverVersion: Int) -> [String] {
        [
            SequencesQuery.sql, ViewDependenciesQuery.sql, IndexesQuery.sql(serverVersion: serverVersion),
            PublicationsQuery.sql(serverVersion: serverVersion),
        ]
    }

    init(_ reader: CatalogReader) throws {
        sequences = try SequencesQuery.read(reader)
        viewDependencies = try ViewDependenciesQuery.read(reader)
        indexes = try IndexesQuery.read(reader)
        publications = try PublicationsQuery.read(reader)
    }
}
