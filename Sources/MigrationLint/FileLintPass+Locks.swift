import LockSafety
import SQLSyntax

/// The lock-related rules, read off the lock table (`predictLocks`), so lint flags what the prediction knows.
extension FileLintPass {
    /// Checks the locks `statement` takes on relations that existed before this file (ones created earlier in the
    /// file are empty and unseen by other sessions, so their locks hold nobody up).
    mutating func checkLocks(_ statement: ParsedStatement) {
        let locks = predictLocks(statement.node).filter { !createdRelations.contains($0.relation.name.lowercased()) }
        if locks.contains(where: { $0.mode.blockedTraffic != .nothing }) { requireLockTimeout(line: statement.line) }
        var reported: Set<LintRule> = []
        for lock in locks {
            guard let rule = rule(for: lock), reported.insert(rule).inserted else { continue }
            let table = lock.relation.name.lowercased()
            let blocked = lock.mode.blockedTraffic == .nothing ? "" : ", blocking \(lock.mode.blockedTraffic.rawValue)"
            report(rule, statement.line, "\(lock.reason) (\(lock.mode.sqlName) lock on \(table)\(blocked))")
        }
    }

    /// The rule a lock breaks, if any.
    private func rule(for lock: LockPrediction) -> LintRule? {
        switch lock.cause {
        case .indexBuild(concurrently: false):
            return .indexWithoutConcurrently
        case .constraintAdded(_, let kind, validated: true) where kind == .check || kind == .foreignKey:
            return .constraintWithoutNotValid
        case .setNotNull(let column) where lock.effect == .scans:
            return provenNotNull.contains("\(lock.relation.name.lowercased()).\(column)")
                ? nil : .setNotNullWithoutCheck
        case .columnTypeChange where lock.effect == .rewrites:
            return .rewritingTypeChange
        case .constraintIndexBuild:
            return .constraintBuildsIndex
        case .reindex(concurrently: false):
            return .reindexWithoutConcurrently
        case .vacuumFull:
            return .vacuumFull
        case .cluster:
            return .cluster
        default:
            return nil
        }
    }
}
