import Catalog

/// A database schema written in the DSL. Conform a type and list its declarations in `schema`:
///
/// ```swift
/// public enum AppSchema: DatabaseSchema {
///     public static var schema: [SchemaElement] {
///         Schema("app")
///         Enum(PostStatus.self)
///         Table("posts", schema: "app") { Column("id", .uuid).primaryKey().default(.genRandomUUID) }
///     }
/// }
/// let desired = try AppSchema.desiredSchema()   // validated Catalog + SchemaHints
/// ```
public protocol DatabaseSchema {
    /// The declarations: schemas, extensions, roles, types, sequences, tables, views and functions.
    @SchemaBuilder static var schema: [SchemaElement] { get }
}

extension DatabaseSchema {
    /// The validated catalog, rename hints and required roles this schema declares.
    ///
    /// Throws `SchemaValidationError` listing every problem (with its Swift source location) before anything
    /// touches a database.
    public static func desiredSchema() throws(SchemaValidationError) -> DesiredSchema {
        try DesiredSchema(schema)
    }
}

/// What a DSL schema declares, ready for the diff: the objects, the hints for turning old names into new ones, and
/// the cluster-level roles that must exist before it can be applied.
public struct DesiredSchema: Hashable, Sendable {
    /// The objects, as the diff compares them.
    public var catalog: Catalog
    /// Rename and `CONCURRENTLY` hints for the diff.
    public var hints: SchemaHints
    /// Roles named by `Role(…)`, sorted.
    public var requiredRoles: [String]
    /// Where each object was declared, by a description such as `table app.posts` or `index app.posts_slug_idx`,
    /// to point at the Swift source when Postgres rejects the object.
    public var locations: [String: SourceLocation]

    /// Builds and validates a schema from its declarations.
    public init(@SchemaBuilder _ declarations: () -> [SchemaElement]) throws(SchemaValidationError) {
        try self.init(declarations())
    }

    init(_ elements: [SchemaElement]) throws(SchemaValidationError) {
        let assembly = CatalogAssembly(elements)
        let problems = SchemaValidation(assembly).problems
        guard problems.isEmpty else { throw SchemaValidationError(problems: problems) }
        self.catalog = assembly.catalog
        self.hints = assembly.hints
        self.requiredRoles = assembly.roles.map(\.name).sorted()
        self.locations = assembly.locations
    }
}
