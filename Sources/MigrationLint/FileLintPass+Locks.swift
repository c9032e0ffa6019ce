import LockSafety
import SQLSyntax

/// The lock-related rules, read off the lock table (`predictLocks`), so lint flags what the prediction knows.
extension FileLintPass {
    /// Checks the locks `statement` takes on relations that existed before this file (ones created earlier in the
    /// file are empty and unseen by other sessions, so their locks hold nobody up). With the live database's
    /// `sizedLocks` the locks are the settled ones and findings name the relation's size and the estimate.
    mutating func checkLocks(_ statement: ParsedStatement) {
        let candidates: [(lock: LockPrediction, sized: SizedLock?)] =
            context.sizedLocks[file.name]?[statement.byteOffset]?.map { ($0.lock, $0) }
            ?? predictLocks(statement.node).map { ($0, nil) }
        let locks = candidates.filter { !createdRelations.contains($0.lock.relation.name.lowercased()) }
        if locks.contains(where: { $0.lock.mode.blockedTraffic != .nothing }) {
            requireLockTimeout(line: statement.line)
        }
        var reported: Set<LintRule> = []
        // The costliest lock speaks for a rule (a partitioned table's biggest partition, not the empty parent).
        for (lock, sized) in locks.sorted(by: { ($0.sized?.estimatedSeconds ?? 0) > ($1.sized?.estimatedSeconds ?? 0) })
        {
            guard let rule = rule(for: lock), reported.insert(rule).inserted else { continue }
            let table = lock.relation.name.lowercased()
            let blocked = lock.mode.blockedTraffic == .nothing ? "" : ", blocking \(lock.mode.blockedTraffic.rawValue)"
            report(
                rule, statement.line,
                sized.map { "\(lock.reason): \($0.summary)\(blocked)" }
                    ?? "\(lock.reason) (\(lock.mode.sqlName) lock on \(table)\(blocked))")
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
        case .addColumn where lock.effect == .rewrites && lock.question == nil, .tableRewrite,
            .refresh(concurrently: false):
            return .tableRewrite
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
