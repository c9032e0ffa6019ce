/// What the linter knows beyond the file it checks: project settings and facts from earlier migrations or the
/// live database.
public struct LintContext: Sendable {
    /// Columns that make a table a tenant table (which must have row-level security).
    public var tenantColumns: Set<String>
    /// Per-function settings known to exist, by lower-cased function name (unqualified), e.g.
    /// `["report_activity": ["statement_timeout"]]`.
    public var functionSettings: [String: Set<String>]
    /// Tables (unqualified, lower-cased) known to have RLS enabled already.
    public var tablesWithRLS: Set<String>
    /// Tables (unqualified, lower-cased) known to have RLS forced already.
    public var tablesWithForcedRLS: Set<String>

    public init(
        tenantColumns: Set<String> = ["organization_id", "tenant_id"], functionSettings: [String: Set<String>] = [:],
        tablesWithRLS: Set<String> = [], tablesWithForcedRLS: Set<String> = []
    ) {
        self.tenantColumns = tenantColumns
        self.functionSettings = functionSettings
        self.tablesWithRLS = tablesWithRLS
        self.tablesWithForcedRLS = tablesWithForcedRLS
    }
}
