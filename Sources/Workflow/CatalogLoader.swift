import Foundation
import Catalog
import Introspection
import Migrations
import Postgres
import SchemaDSL
import SchemaLoading

/// Turns schema sources into catalogs the same way: everything is introspected from Postgres, so both sides of a
/// diff are normalised by the server itself.
public struct CatalogLoader {
    /// The DSL schema (`schema` source), when the executable was given one.
    public let schema: (any DatabaseSchema.Type)?
    /// The migrations directory (`migrations` source).
    public let migrationsDirectory: URL
    /// Where scratch databases are created: `--dev-url`/`DB_DEV_URL`, the target's server, or the dev cluster.
    public let scratchServer: () throws -> ConnectionString

    public init(
        schema: (any DatabaseSchema.Type)?, migrationsDirectory: URL,
        scratchServer: @escaping () throws -> ConnectionString
    ) {
        self.schema = schema
        self.migrationsDirectory = migrationsDirectory
        self.scratchServer = scratchServer
    }

    /// The validated DSL schema; throws when the executable has none.
    public func schemaSource() throws -> SchemaSource {
        guard let schema else {
            throw WorkflowError(
                "this `db` executable has no Swift schema",
                next: "build your own executable that calls `DB.main(schema: MySchema.self)` (see README)")
        }
        return try SchemaSource(schema)
    }

    /// The schemas a comparison covers: those given with `--schema`, else — when one side is the DSL — the schemas
    /// the DSL uses (so `public` and unrelated schemas in a live database are left alone), else all user schemas.
    public func schemaFilter(_ requested: [String], sides: [SchemaSourceSpec]) throws -> [String]? {
        if !requested.isEmpty { return requested }
        if sides.contains(where: { if case .schema = $0 { return true } else { return false } }) {
            return try schemaSource().schemaNames
        }
        return nil
    }

    /// Loads both sides of a comparison at the same time; rename hints come only from the DSL. A live database is
    /// then read over one session, not two: the two sides already keep the cores busy, and a second session per side
    /// would only fill a second backend's caches with the same catalog entries.
    public func loadPair(
        _ from: SchemaSourceSpec, _ to: SchemaSourceSpec, schemas: [String]?
    ) throws -> (from: (catalog: Catalog, hints: SchemaHints), to: (catalog: Catalog, hints: SchemaHints)) {
        let (current, desired) = try concurrently(
            { try load(from, schemas: schemas, introspectionSessions: 1) },
            { try load(to, schemas: schemas, introspectionSessions: 1) })
        return (current, desired)
    }

    /// Loads one side; rename hints come only from the DSL. A live database is read over `introspectionSessions`
    /// sessions (see `Introspector`).
    public func load(
        _ spec: SchemaSourceSpec, schemas: [String]?, introspectionSessions: Int = 2
    ) throws -> (catalog: Catalog, hints: SchemaHints) {
        switch spec {
        case .database(let target):
            let connection = try Connection(target, applicationName: "db introspect")
            return (
                try introspectExisting(connection, schemas: schemas, sessions: introspectionSessions), SchemaHints()
            )
        case .migrations:
            let files = try MigrationDirectory.load(migrationsDirectory)
            return (try MigrationReplay.catalog(files, on: try scratchServer(), schemas: schemas), SchemaHints())
        case .schema:
            let source = try schemaSource()
            let catalog = try source.load(on: try scratchServer())
            return (schemas.map { catalog.filtered(toSchemas: Set($0)) } ?? catalog, source.hints)
        }
    }
}
