/// The zero-downtime rules `db lint` checks; the raw value is the stable rule id printed and accepted by
/// `-- db:lint-ignore <rule-id>` comments.
public enum LintRule: String, CaseIterable, Hashable, Sendable, Codable {
    case addNotNullColumnWithoutDefault = "add-not-null-column-without-default"
    case setNotNullWithoutCheck = "set-not-null-without-check"
    case rewritingTypeChange = "rewriting-type-change"
    case tableRewrite = "table-rewrite"
    case indexWithoutConcurrently = "index-without-concurrently"
    case constraintWithoutNotValid = "constraint-without-not-valid"
    case constraintBuildsIndex = "constraint-builds-index"
    case reindexWithoutConcurrently = "reindex-without-concurrently"
    case vacuumFull = "vacuum-full"
    case cluster = "cluster"
    case dropColumn = "drop-column"
    case dropTable = "drop-table"
    case renameColumn = "rename-column"
    case renameTable = "rename-table"
    case enumValueUsedInSameTransaction = "enum-value-used-in-same-transaction"
    case functionSettingsLost = "function-settings-lost"
    case rlsWithoutForce = "rls-without-force"
    case policyWithoutRole = "policy-without-role"
    case tenantTableWithoutRLS = "tenant-table-without-rls"
    case missingLockTimeout = "missing-lock-timeout"

    /// Errors break deploys or data isolation outright; warnings are hazards a reviewer should weigh.
    public var defaultSeverity: LintSeverity {
        switch self {
        case .addNotNullColumnWithoutDefault, .enumValueUsedInSameTransaction, .functionSettingsLost,
            .tenantTableWithoutRLS:
            return .error
        default:
            return .warning
        }
    }

    /// The safer pattern to use instead.
    public var fix: String {
        switch self {
        case .addNotNullColumnWithoutDefault:
            return "add the column nullable (or with a DEFAULT), backfill it, then add NOT NULL via a validated CHECK"
        case .setNotNullWithoutCheck:
            return "ADD CONSTRAINT … CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT …; then SET NOT NULL "
                + "(Postgres skips the full-table scan when a validated CHECK proves it)"
        case .rewritingTypeChange:
            return "add a new column of the new type, backfill in batches, switch readers, then drop the old column"
        case .tableRewrite:
            return "add the column plain (nullable, no serial/identity/generated/volatile default), backfill it in "
                + "batches, then set the default for new rows; change LOGGED/UNLOGGED, tablespace or access method "
                + "online with pg_repack; refresh with REFRESH MATERIALIZED VIEW CONCURRENTLY (needs a unique index)"
        case .indexWithoutConcurrently:
            return "CREATE INDEX CONCURRENTLY in its own migration file marked `-- db:no-transaction`"
        case .constraintWithoutNotValid:
            return "ADD CONSTRAINT … NOT VALID, then VALIDATE CONSTRAINT in a later statement (takes a weaker lock)"
        case .constraintBuildsIndex:
            return "CREATE UNIQUE INDEX CONCURRENTLY in a `-- db:no-transaction` file, then ADD CONSTRAINT … "
                + "UNIQUE (or PRIMARY KEY) USING INDEX, which only takes a brief lock (exclusion constraints have no "
                + "such path)"
        case .reindexWithoutConcurrently:
            return "REINDEX … CONCURRENTLY in its own migration file marked `-- db:no-transaction`"
        case .vacuumFull:
            return "compact the table online with pg_repack (or pg_squeeze); plain VACUUM blocks neither reads nor "
                + "writes"
        case .cluster:
            return "reorder the table online with pg_repack --order-by; CLUSTER blocks reads and writes for the "
                + "whole rewrite"
        case .dropColumn:
            return "stop reading the column in application code and deploy that first; then drop it "
                + "(run with --allow-destructive)"
        case .dropTable:
            return "make sure no code reads the table and that its data is backed up; then drop it "
                + "(run with --allow-destructive)"
        case .renameColumn:
            return "add the new column, write to both, backfill, move readers, then drop the old one "
                + "(or expose the old name through a view)"
        case .renameTable:
            return "create a view with the old name while running code still uses it, or deploy code first"
        case .enumValueUsedInSameTransaction:
            return "put ALTER TYPE … ADD VALUE in its own migration (or mark the file `-- db:no-transaction`)"
        case .functionSettingsLost:
            return "re-apply the settings right after the function: ALTER FUNCTION … SET name = value "
                + "(CREATE OR REPLACE resets them), or put SET clauses in the CREATE statement"
        case .rlsWithoutForce:
            return "also ALTER TABLE … FORCE ROW LEVEL SECURITY so the table owner is subject to the policies"
        case .policyWithoutRole:
            return "scope the policy to the application role: CREATE POLICY … TO app_role …"
        case .tenantTableWithoutRLS:
            return "ALTER TABLE … ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY, and add a tenant policy"
        case .missingLockTimeout:
            return "start the file with SET lock_timeout = '5s' (db migrate sets --lock-timeout itself; other "
                + "runners do not)"
        }
    }
}
