/// What `db migrate` would do: the pending files, their destructive statements, and the gates' verdict.
public struct MigrationPlan: Sendable {
    public let status: MigrationStatus
    /// Destructive statements in pending files (refused unless `allowDestructive`).
    public let destructive: [DestructiveFinding]
    /// Why the gates refuse this plan; empty when it may run.
    public let refusals: [String]

    /// Evaluates every gate before anything runs; unqualified names are reported in `defaultSchema`. Throws
    /// `MigrationError.syntax` for a pending file that does not parse.
    public init(status: MigrationStatus, options: MigrateOptions, defaultSchema: String = "public") throws {
        self.status = status
        var destructive: [DestructiveFinding] = []
        var refusals: [String] = []
        var facts = PendingFacts(defaultSchema: defaultSchema)
        for file in status.pending {
            let scan = try StatementScan(file.parse, fileName: file.fileName, facts: &facts)
            destructive += scan.destructive
            if file.runsInTransaction, let line = scan.transactionControlLines.first {
                refusals.append(
                    "\(file.fileName):\(line): BEGIN/COMMIT/ROLLBACK inside a migration breaks its transaction: "
                        + "remove it (each file already runs in its own transaction) or mark the file -- db:no-transaction"
                )
            }
        }
        destructive += facts.calledFunctionFindings()
        self.destructive = destructive
        for problem in status.problems {
            if case .outOfOrder = problem, options.allowOutOfOrder { continue }
            refusals.append(problem.description)
        }
        if !options.allowDestructive {
            refusals += destructive.map { "\($0.description) (destructive; pass --allow-destructive to apply it)" }
        }
        if options.singleTransaction {
            for file in status.pending where !file.runsInTransaction {
                refusals.append(
                    "\(file.fileName) is marked -- db:no-transaction and cannot run inside --single-transaction")
            }
        }
        self.refusals = refusals
    }

    /// Throws `GateRefusal` when any gate refuses.
    public func enforce() throws {
        if !refusals.isEmpty { throw GateRefusal(summary: "refusing to migrate", findings: refusals) }
    }
}
