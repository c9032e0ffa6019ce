import Catalog
import Diff
import Introspection
import Postgres
import SchemaDSL

/// `schema` as a diff source: a DSL schema rendered to its CREATE script, applied to a fresh scratch database and
/// introspected, so that Postgres normalises it exactly as it normalises a live database (`'draft'::app.post_status`,
/// `CURRENT_TIMESTAMP`, reformatted CHECK and view bodies) and the diff reports no false drift.
///
/// ```swift
/// let source = try SchemaSource(AppSchema.self)
/// let desired = try source.load(on: devServer)          // Catalog, as Postgres sees it
/// let changes = diff(from: live, to: desired, hints: source.hints)
/// ```
public struct SchemaSource: Sendable {
    /// The validated DSL schema: its catalog, rename hints, required roles and source locations.
    public let desired: DesiredSchema

    /// Validates `schema`; throws `SchemaValidationError` before anything touches a database.
    public init(_ schema: any DatabaseSchema.Type) throws(SchemaValidationError) {
        self.desired = try schema.desiredSchema()
    }

    /// A source for an already validated schema.
    public init(_ desired: DesiredSchema) {
        self.desired = desired
    }

    /// Rename hints to pass to `diff(from:to:hints:)` alongside the loaded catalog.
    public var hints: SchemaHints { desired.hints }

    /// The schemas the DSL declares or puts objects in; introspect a live database with the same list to compare it.
    public var schemaNames: [String] {
        let catalog = desired.catalog
        var names = Set(catalog.schemas.keys)
        names.formUnion(catalog.extensions.values.map(\.schema))
        names.formUnion(catalog.enums.values.map(\.name.schema))
        names.formUnion(catalog.domains.values.map(\.name.schema))
        names.formUnion(catalog.compositeTypes.values.map(\.name.schema))
        names.formUnion(catalog.sequences.values.map(\.name.schema))
        names.formUnion(catalog.tables.values.map(\.name.schema))
        names.formUnion(catalog.views.values.map(\.name.schema))
        names.formUnion(catalog.functions.values.map(\.name.schema))
        return names.sorted()
    }

    /// The CREATE script of the whole schema, in dependency order: `diff(from: Catalog(), to: catalog)`.
    public var createChanges: [Change] { diff(from: Catalog(), to: desired.catalog) }

    /// `catalog` with the owner of every object the DSL leaves unowned set to `nil`.
    func keepingDeclaredOwners(_ catalog: Catalog) -> Catalog { catalog.keepingOwners(declaredIn: desired.catalog) }

    /// The CREATE script as SQL text, one statement per change, each ending with `;`.
    public var createScript: String { createChanges.map { $0.sql + ";\n" }.joined() }

    /// Applies the CREATE script to a fresh scratch database on `server`, introspects it, and drops it.
    ///
    /// Throws `SchemaLoadError` naming the DSL object (and its Swift source line) whose statement Postgres rejected,
    /// or the required roles that do not exist on the server. Owners the DSL does not declare are left out of the
    /// result (they are whoever ran the script), so `--owners` compares only declared owners.
    public func load(on server: ConnectionString) throws -> Catalog {
        try ScratchDatabase.with(on: server) { connection, _ in
            try apply(to: connection)
            return keepingDeclaredOwners(try introspect(connection, schemas: schemaNames))
        }
    }

    /// Runs the CREATE script statement by statement on `connection` (an empty database), after checking that every
    /// role the schema names (`Role(…)`, grantees, owners, policy roles) exists.
    public func apply(to connection: Connection) throws {
        try RoleCheck.requireRoles(
            Set(desired.requiredRoles).union(desired.catalog.referencedRoles), on: connection)
        for change in createChanges {
            do {
                _ = try connection.execute(change.sql)
            } catch let error as PostgresError {
                let object = DSLObject(change, errorPosition: error.position)
                throw SchemaLoadError.statementFailed(
                    statement: change.sql, object: object?.description,
                    location: object.flatMap { desired.locations[$0.description] }, error: error)
            }
        }
    }
}
