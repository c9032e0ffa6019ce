import LockSafety

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
    /// Locks settled and sized against the live database (`MigrationLinter.sizedLocks`), by file name and then
    /// statement byte offset; the lock rules use them instead of the parse tree's estimate and name the sizes.
    public var sizedLocks: [String: [Int: [SizedLock]]]

    public init(
        tenantColumns: Set<String> = ["organization_id", "tenant_id"], functionSettings: [String: Set<String>] = [:],
        tablesWithRLS: Set<String> = [], tablesWithForcedRLS: Set<String> = [],
        sizedLocks: [String: [Int: [SizedLock]]] = [:]
    ) {
        self.tenantColumns = tenantColumns
        self.functionSettings = functionSettings
        self.tablesWithRLS = tablesWithRLS
        self.tablesWithForcedRLS = tablesWithForcedRLS
        self.sizedLocks = sizedLocks
    }
}
