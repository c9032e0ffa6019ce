/// A view or materialized view.
public struct View: Hashable, Codable, Sendable {
    public var name: QualifiedName
    public var isMaterialized: Bool
    /// The query as `pg_get_viewdef` prints it (for the DSL: the SQL body as written).
    public var definition: String
    /// Output column names in order.
    public var columns: [String]
    /// Output column types by column name, as `format_type` prints them.
    public var columnTypes: [String: String]
    /// `WITH (…)` options such as `security_barrier=true`, `check_option=local`.
    public var options: [String]
    /// Indexes of a materialized view, by name.
    public var indexes: [String: Index]
    /// The tables, views and columns this view reads (from `pg_depend`/`pg_rewrite`), sorted.
    public var dependsOn: [ColumnReference]
    /// Functions the view calls, by `Function.key`, sorted.
    public var dependsOnFunctions: [String]
    public var comment: String?
    /// Comments on the view's columns, by column name.
    public var columnComments: [String: String]

    // MARK: - View options

    /// False for a materialized view created `WITH NO DATA` and not refreshed since (`relispopulated`).
    public var isPopulated: Bool = true
    /// Triggers on the view (`INSTEAD OF` row triggers, or statement triggers), by name.
    public var triggers: [String: Trigger] = [:]
    // MARK: - Ownership and privileges
    /// The owning role; `nil` when unknown or not managed (a desired schema without owners).
    public var owner: String?
    /// Grants and revokes relative to the default ACL (column grants included).
    public var privileges: Privileges

    public init(
        name: QualifiedName, isMaterialized: Bool = false, definition: String, columns: [String] = [], columnTypes: [String: String] = [:],
        options: [String] = [], indexes: [String: Index] = [:], dependsOn: [ColumnReference] = [],
        dependsOnFunctions: [String] = [], comment: String? = nil, columnComments: [String: String] = [:]
    , owner: String? = nil, privileges: Privileges = Privileges()) {
        self.name = name
        self.isMaterialized = isMaterialized
        self.definition = definition
        self.columns = columns
        self.columnTypes = columnTypes
        self.options = options
        self.indexes = indexes
        self.dependsOn = dependsOn
        self.dependsOnFunctions = dependsOnFunctions
        self.comment = comment
        self.columnComments = columnComments
        self.owner = owner
        self.privileges = privileges
    }
}
