import Diff
import MigrationLint

/// The safer way to make a risky change, shared with `db lint` so advice is worded once.
enum SaferPattern {
    static func advice(for change: Change) -> String? {
        rule(for: change)?.fix
    }

    private static func rule(for change: Change) -> LintRule? {
        switch change {
        case .alterColumnType, .convertColumnType: return .rewritingTypeChange
        case .setNotNull: return .setNotNullWithoutCheck
        case .addConstraint(_, let constraint, _):
            switch constraint.kind {
            case .foreignKey, .check: return .constraintWithoutNotValid
            case .primaryKey, .unique: return .constraintBuildsIndex
            default: return .indexWithoutConcurrently
            }
        case .createIndex: return .indexWithoutConcurrently
        case .dropColumn, .dropColumnLosingValues: return .dropColumn
        case .dropTable: return .dropTable
        case .renameColumn: return .renameColumn
        case .renameTable: return .renameTable
        default: return nil
        }
    }
}
