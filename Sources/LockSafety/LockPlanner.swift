import Postgres
import SQLSyntax

/// A pending migration file, as the planner reads it.
public struct PendingFile: Sendable {
    /// How the plan names the file (e.g. `20260101000000_add_index.sql`).
    public var name: String
    public var sql: String
    /// False for `-- db:no-transaction` files: each statement's locks end with the statement.
    public var runsInTransaction: Bool

    public init(name: String, sql: String, runsInTransaction: Bool) {
        self.name = name
        self.sql = sql
        self.runsInTransaction = runsInTransaction
    }
}

/// A pending file that libpg_query cannot parse: no plan can be made for it.
public struct LockPlanError: Error, CustomStringConvertible {
    public let file: String
    public let underlying: SQLSyntaxError

    public var description: String {
        "\(file):\(underlying.line.map(String.init) ?? "?"): \(underlying.message); fix the SQL, then plan again"
    }
}

/// Builds the lock plan of pending files against the live database: each statement's locks from the lock table,
/// settled by `CatalogRefinement`, sized in one catalog query, estimated with a throughput, checked against the
/// lock budget, and matched with the conflicting holders present now (one more query). Applies nothing.
public struct LockPlanner {
    public let connection: Connection
    public let throughput: Throughput
    /// The longest a statement may hold a lock that blocks reads or writes (`--max-lock-time`).
    public let maxLockSeconds: Double
    /// Sessions holding this bigint advisory lock (other `db migrate` runs) are not counted as holders.
    public let excludedAdvisoryLock: Int64?

    public init(
        _ connection: Connection, throughput: Throughput, maxLockSeconds: Double = 5,
        excludingAdvisoryLock key: Int64? = nil
    ) {
        self.connection = connection
        self.throughput = throughput
        self.maxLockSeconds = maxLockSeconds
        self.excludedAdvisoryLock = key
    }

    /// The plan of `files` in run order, estimated at `throughput`. The connection must not be inside a transaction.
    public func plan(_ files: [PendingFile]) throws -> LockPlanReport {
        try plan(files) { _ in throughput }
    }

    /// The plan of `files` in run order, estimated at the rate `rate` returns once every lock is settled and sized.
    /// It is called once, with whether a statement rewrites or scans an existing relation that holds data, so a
    /// caller can measure the rate only when an estimate depends on it; the catalog is read once either way (a
    /// fixed number of queries, whatever the number of files). The connection must not be inside a transaction.
    public func plan(_ files: [PendingFile], throughput rate: (_ touchesData: Bool) throws -> Throughput) throws
        -> LockPlanReport
    {
        var statements: [(file: Int, statement: ParsedStatement)] = []
        for (index, file) in files.enumerated() {
            for statement in try Self.parse(file) { statements.append((index, statement)) }
        }
        let settled = try LockSizing(connection, throughput: throughput).size(
            statements.map { predictLocks($0.statement.node) })
        let rateUsed = try rate(settled.joined().contains { $0.lock.effect != .cheap && $0.size.totalBytes > 0 })
        let sized = settled.map { locks in
            locks.map {
                SizedLock(lock: $0.lock, size: $0.size, estimatedSeconds: rateUsed.seconds($0.lock.effect, on: $0.size))
            }
        }
        let wanted = sized.flatMap { $0.filter(\.size.exists).map { WantedLock($0.lock.relation, $0.lock.mode) } }
        let holders = try ConflictingHolders.find(wanted, on: connection, excludingAdvisoryLock: excludedAdvisoryLock)
        let relationPlans = sized.map(Self.relationPlans)
        let work = relationPlans.map { $0.reduce(0) { $0 + $1.estimatedMilliseconds } }
        var held = work
        for index in statements.indices.reversed().dropFirst()
        where statements[index + 1].file == statements[index].file && files[statements[index].file].runsInTransaction {
            held[index] += held[index + 1]
        }
        let budget = Int((maxLockSeconds * 1000).rounded())
        let plans = statements.indices.map { index in
            let locks = sized[index].filter(\.size.exists)
            return StatementLockPlan(
                file: files[statements[index].file].name, line: statements[index].statement.line,
                statement: Self.shortened(statements[index].statement.text), locks: relationPlans[index],
                workMilliseconds: work[index], lockHeldMilliseconds: held[index],
                blocks: relationPlans[index].map(\.blocks).max() ?? .nothing,
                conflictingHolders: holders.filter { holder in
                    locks.contains { $0.lock.relation == holder.relation && $0.lock.mode == holder.wantedMode }
                }, maxLockMilliseconds: budget)
        }
        return LockPlanReport(maxLockMilliseconds: budget, throughput: rateUsed, statements: plans)
    }

    /// The holders in the way of `file` now, for the check `db migrate` makes before running it: its statements'
    /// locks settled by `CatalogRefinement` and matched against `pg_locks` in one query. Relations earlier files
    /// create do not exist yet and have no holders. The connection must not be inside a transaction.
    /// The statements of `file`; a syntax error names the file.
    private static func parse(_ file: PendingFile) throws -> [ParsedStatement] {
        do {
            return try SQLParser.parse(file.sql)
        } catch {
            throw LockPlanError(file: file.name, underlying: error)
        }
    }

    public func conflictingHolders(_ file: PendingFile) throws -> [ConflictingHolder] {
        let statements = try Self.parse(file)
        let wanted = try CatalogRefinement(connection).refine(statements: statements.map { predictLocks($0.node) })
            .joined().map { WantedLock($0.relation, $0.mode) }
        return try ConflictingHolders.find(wanted, on: connection, excludingAdvisoryLock: excludedAdvisoryLock)
    }

    /// One entry per relation: the strongest mode and effect, the largest estimate (one `ALTER TABLE` rewrites a
    /// table once however many subcommands ask for it), every reason.
    private static func relationPlans(_ locks: [SizedLock]) -> [RelationLockPlan] {
        var plans: [RelationName: RelationLockPlan] = [:]
        for sized in locks {
            let lock = sized.lock
            let milliseconds = Int((sized.estimatedSeconds * 1000).rounded())
            let blocks = sized.size.exists ? lock.mode.blockedTraffic : .nothing
            guard var plan = plans[lock.relation] else {
                plans[lock.relation] = RelationLockPlan(
                    relation: lock.relation, mode: lock.mode, blocks: blocks, effect: lock.effect,
                    rows: sized.size.rows, rowSource: sized.size.rowSource, bytes: sized.size.totalBytes,
                    estimatedMilliseconds: milliseconds, reasons: [lock.reason])
                continue
            }
            plan.mode = max(plan.mode, lock.mode)
            plan.blocks = max(plan.blocks, blocks)
            plan.effect = max(plan.effect, lock.effect)
            plan.estimatedMilliseconds = max(plan.estimatedMilliseconds, milliseconds)
            if !plan.reasons.contains(lock.reason) { plan.reasons.append(lock.reason) }
            plans[lock.relation] = plan
        }
        return plans.values.sorted { $0.relation.description < $1.relation.description }
    }

    /// The statement without leading comments, whitespace collapsed, at most 100 characters.
    static func shortened(_ text: String) -> String {
        let source = SourceText(text)
        let start = source.firstTokenByte(from: 0)
        let body = source.slice(from: start, length: source.byteCount - start)
        let collapsed = body.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return collapsed.count <= 100 ? collapsed : collapsed.prefix(99) + "…"
    }
}
