import Catalog

/// A row-level security policy on the enclosing table (or, at the top level, on `table:`).
///
/// ```swift
/// Policy("tenant_isolation")
///     .to("app_user")
///     .using("organization_id = current_setting('app.org_id', true)::uuid")
/// ```
/// The `using` and `withCheck` expressions are SQL; without `withCheck`, Postgres applies `using` to new rows too.
public struct Policy: Sendable {
    let name: String
    let location: SourceLocation
    var table: TableReference?
    var command = PolicyCommand.all
    var isPermissive = true
    var roles: [String] = []
    var usingExpression: String?
    var withCheckExpression: String?
    var comment: String?

    /// A policy `name` on the enclosing table: `FOR ALL TO PUBLIC` until narrowed.
    public init(_ name: String, fileID: String = #fileID, line: Int = #line) {
        self.name = name
        self.location = SourceLocation(fileID: fileID, line: line)
    }

    /// A policy declared outside its table's body.
    public init(_ name: String, table: TableReference, fileID: String = #fileID, line: Int = #line) {
        self.init(name, fileID: fileID, line: line)
        self.table = table
    }

    /// `FOR command` (default `ALL`).
    public func `for`(_ command: PolicyCommand) -> Policy { with { $0.command = command } }

    /// `TO roles` (default `PUBLIC`). Roles are cluster-wide: they must exist wherever the schema is applied.
    public func to(_ roles: String...) -> Policy { with { $0.roles = roles } }

    /// `USING (expression)`: which existing rows are visible or affected; SQL.
    public func using(_ expression: String) -> Policy { with { $0.usingExpression = expression } }

    /// `WITH CHECK (expression)`: which new or updated rows are allowed; SQL.
    public func withCheck(_ expression: String) -> Policy { with { $0.withCheckExpression = expression } }

    /// `AS RESTRICTIVE`: must pass in addition to (not instead of) the permissive policies.
    public func restrictive() -> Policy { with { $0.isPermissive = false } }

    /// `COMMENT ON POLICY`.
    public func comment(_ text: String) -> Policy { with { $0.comment = text } }


    func catalogPolicy(on table: QualifiedName) -> CatalogPolicy {
        CatalogPolicy(
            name: name, table: table, command: command, isPermissive: isPermissive,
            roles: roles.isEmpty ? ["public"] : roles.sorted(), using: usingExpression, withCheck: withCheckExpression,
            comment: comment)
    }
}
