extension LockPlanReport {
    /// The plan for people (`db migrate --plan` without `--json`): per statement its `file:line`, each relation it
    /// locks with mode, what the mode blocks, effect, size and estimate, how long the locks stay held, and the
    /// conflicting holders; then the verdict and how the estimates are computed.
    public var renderedLines: [String] {
        var lines: [String] = []
        let budget = SizeText.duration(Double(maxLockMilliseconds) / 1000).replacingOccurrences(of: "~", with: "")
        for statement in statements {
            lines.append("\(statement.file):\(statement.line): \(statement.statement)")
            if statement.locks.isEmpty { lines.append("  no table locks") }
            for lock in statement.locks {
                let size =
                    lock.rowSource == .new
                    ? "new" : "\(SizeText.rows(lock.rows)), \(SizeText.bytes(lock.bytes))"
                let blocks = lock.blocks == .nothing ? "blocks nothing" : "blocks \(lock.blocks.rawValue)"
                lines.append(
                    "  \(lock.relation): \(lock.mode.sqlName) (\(blocks)), \(lock.effect.rawValue), \(size), "
                        + SizeText.duration(Double(lock.estimatedMilliseconds) / 1000))
            }
            if statement.blocks != .nothing {
                let held = SizeText.duration(Double(statement.lockHeldMilliseconds) / 1000)
                let until =
                    statement.lockHeldMilliseconds > statement.workMilliseconds
                    ? " (until the file commits, including the statements after it)" : ""
                lines.append(
                    statement.overBudget
                        ? "  over budget: blocks \(statement.blocks.rawValue) for \(held)\(until), longer than "
                            + "--max-lock-time \(budget)"
                        : "  blocks \(statement.blocks.rawValue) for \(held)\(until)")
            }
            for holder in statement.conflictingHolders { lines.append("  conflicting holder: \(holder)") }
        }
        let over = statements.filter(\.overBudget).count
        let waiting = statements.filter { !$0.conflictingHolders.isEmpty }.count
        lines.append(
            withinBudget
                ? "\(statements.count) statement\(statements.count == 1 ? "" : "s"): all within the lock budget "
                    + "(\(budget)) and no conflicting holders"
                : "\(statements.count) statement\(statements.count == 1 ? "" : "s"): \(over) over the lock budget "
                    + "(\(budget)), \(waiting) waiting for conflicting holders; split rewrites into online steps "
                    + "(see db lint), end or wait for the holders, or raise --max-lock-time")
        lines.append(
            "estimates: bytes to rewrite (table, TOAST and indexes) ÷ \(SizeText.rate(throughput.rewriteBytesPerSecond))"
                + ", bytes to scan (table and TOAST) ÷ \(SizeText.rate(throughput.scanBytesPerSecond)); "
                + "catalog-only changes ~0 s (\(throughput.source))")
        return lines
    }
}
