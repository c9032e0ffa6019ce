import Catalog
import SQLSyntax

extension Change {
    /// True when applying the change loses data or objects that the plan does not recreate.
    public var isDestructive: Bool {
        switch self {
        case .dropSchema, .dropExtension, .dropType, .dropDomain, .dropAttribute, .dropSequence, .dropTable,
            .dropColumn, .dropColumnLosingValues:
            return true
        case .dropFunction(_, let recreated): return !recreated
        case .dropExtensionToMove: return true
        default: return false
        }
    }

    /// The heavy lock or table rewrite this change causes on existing data (one line), or `nil` when it is cheap.
    public var hazard: String? {
        switch self {
        case .alterColumnType:
            return "rewrites the table and its indexes under an ACCESS EXCLUSIVE lock (unless binary-coercible)"
        case .convertColumnType(_, _, let type, _, _, let from):
            return "converts \(singleLine(from)) values to \(singleLine(type)) through text: a value that does not "
                + "parse makes the migration fail (it rolls back); rewrites the table and its indexes under an ACCESS "
                + "EXCLUSIVE lock"
        case .setNotNull:
            return "scans the whole table under an ACCESS EXCLUSIVE lock to check for NULLs"
        case .addColumn(_, let column) where column.generatedExpression != nil || column.identity != nil:
            return "rewrites the table under an ACCESS EXCLUSIVE lock to fill the new column"
        case .addIdentity:
            return "takes an ACCESS EXCLUSIVE lock on the table"
        case .setUnlogged:
            return "rewrites the table under an ACCESS EXCLUSIVE lock"
        case .addConstraint(_, let constraint, let tableIsNew) where !tableIsNew && constraint.isValidated:
            switch constraint.kind {
            case .foreignKey:
                return "validates every row under SHARE ROW EXCLUSIVE locks on both tables; add it NOT VALID and "
                    + "VALIDATE separately"
            case .check:
                return "scans the whole table under an ACCESS EXCLUSIVE lock; add it NOT VALID and VALIDATE separately"
            case .primaryKey, .unique, .exclusion:
                return "builds an index under an ACCESS EXCLUSIVE lock; build the index CONCURRENTLY first"
            }
        case .createIndex(let index, _, let tableIsNew) where index.isPartitioned && !tableIsNew:
            return "builds the index on every partition in one transaction, blocking writes to each (SHARE lock); "
                + "a partitioned table cannot be indexed CONCURRENTLY (create it ON ONLY the parent, CONCURRENTLY on "
                + "each partition, then ALTER INDEX … ATTACH PARTITION)"
        case .createIndex(_, let concurrently, let tableIsNew) where !concurrently && !tableIsNew:
            return "blocks writes to the table (SHARE lock) while the index builds; consider CONCURRENTLY"
        case .attachPartition:
            return "scans the partition to check its bound unless a matching CHECK constraint exists"
        case .refreshMaterializedView(_, let withData) where withData:
            return "runs the view's query and blocks reads of the view (ACCESS EXCLUSIVE lock) while it refills"
        default:
            return nil
        }
    }

    /// True when the statement cannot run inside a transaction block (or, for a new enum label, must be committed
    /// before later statements may use it).
    public var requiresNoTransaction: Bool {
        switch self {
        case .createIndex(_, let concurrently, _): return concurrently
        case .dropIndex(_, let concurrently): return concurrently
        case .addEnumValue: return true
        default: return false
        }
    }
}
