/// What running pending migrations would lock, for how long, and who is in the way now: the document behind
/// `db migrate --plan [--json]`. Its JSON (`format` 1, snake_case keys; encode with sorted keys) only ever gains
/// fields; a breaking change would bump `format`.
public struct LockPlanReport: Hashable, Sendable, Codable {
    public var format: Int
    /// `--max-lock-time`: the longest a statement may hold a lock that blocks reads or writes.
    public var maxLockMilliseconds: Int
    public var throughput: Throughput
    /// Every pending statement in run order, including those that lock nothing.
    public var statements: [StatementLockPlan]

    public init(maxLockMilliseconds: Int, throughput: Throughput, statements: [StatementLockPlan]) {
        self.format = 1
        self.maxLockMilliseconds = maxLockMilliseconds
        self.throughput = throughput
        self.statements = statements
    }

    /// No statement over budget and no conflicting holder: `db migrate --plan` exits 0.
    public var withinBudget: Bool { statements.allSatisfy(\.withinBudget) }

    enum CodingKeys: String, CodingKey {
        case format, throughput, statements
        case maxLockMilliseconds = "max_lock_ms"
        case withinBudget = "within_budget"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        format = try container.decode(Int.self, forKey: .format)
        maxLockMilliseconds = try container.decode(Int.self, forKey: .maxLockMilliseconds)
        throughput = try container.decode(Throughput.self, forKey: .throughput)
        statements = try container.decode([StatementLockPlan].self, forKey: .statements)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(format, forKey: .format)
        try container.encode(maxLockMilliseconds, forKey: .maxLockMilliseconds)
        try container.encode(throughput, forKey: .throughput)
        try container.encode(statements, forKey: .statements)
        try container.encode(withinBudget, forKey: .withinBudget)
    }
}

/// One pending statement: where it is, the locks it takes with their sizes and estimates, how long its locks stay
/// held, and the sessions holding conflicting locks now.
public struct StatementLockPlan: Hashable, Sendable, Codable {
    public var file: String
    public var line: Int
    /// The statement without leading comments, whitespace collapsed, at most 100 characters.
    public var statement: String
    /// One entry per relation, strongest mode and effect first merged, sorted by relation.
    public var locks: [RelationLockPlan]
    /// The statement's own rewriting and scanning: the largest estimate per relation, summed over relations.
    public var workMilliseconds: Int
    /// How long the locks it takes stay held: in a transactional file until the file commits (this statement's work
    /// and that of the statements after it in the file), else its own work.
    public var lockHeldMilliseconds: Int
    /// The strongest traffic its locks on existing relations hold up.
    public var blocks: BlockedTraffic
    public var conflictingHolders: [ConflictingHolder]

    public init(
        file: String, line: Int, statement: String, locks: [RelationLockPlan], workMilliseconds: Int,
        lockHeldMilliseconds: Int, blocks: BlockedTraffic, conflictingHolders: [ConflictingHolder],
        maxLockMilliseconds: Int
    ) {
        self.file = file
        self.line = line
        self.statement = statement
        self.locks = locks
        self.workMilliseconds = workMilliseconds
        self.lockHeldMilliseconds = lockHeldMilliseconds
        self.blocks = blocks
        self.conflictingHolders = conflictingHolders
        self.overBudget = blocks != .nothing && lockHeldMilliseconds > maxLockMilliseconds
    }

    /// It would hold a lock that blocks reads or writes longer than the budget.
    public private(set) var overBudget: Bool

    /// Neither over budget nor waiting for a conflicting holder.
    public var withinBudget: Bool { !overBudget && conflictingHolders.isEmpty }

    enum CodingKeys: String, CodingKey {
        case file, line, statement, locks, blocks
        case workMilliseconds = "work_ms"
        case lockHeldMilliseconds = "lock_held_ms"
        case conflictingHolders = "conflicting_holders"
        case overBudget = "over_budget"
        case withinBudget = "within_budget"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        file = try container.decode(String.self, forKey: .file)
        line = try container.decode(Int.self, forKey: .line)
        statement = try container.decode(String.self, forKey: .statement)
        locks = try container.decode([RelationLockPlan].self, forKey: .locks)
        workMilliseconds = try container.decode(Int.self, forKey: .workMilliseconds)
        lockHeldMilliseconds = try container.decode(Int.self, forKey: .lockHeldMilliseconds)
        blocks = try container.decode(BlockedTraffic.self, forKey: .blocks)
        conflictingHolders = try container.decode([ConflictingHolder].self, forKey: .conflictingHolders)
        overBudget = try container.decode(Bool.self, forKey: .overBudget)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(line, forKey: .line)
        try container.encode(statement, forKey: .statement)
        try container.encode(locks, forKey: .locks)
        try container.encode(workMilliseconds, forKey: .workMilliseconds)
        try container.encode(lockHeldMilliseconds, forKey: .lockHeldMilliseconds)
        try container.encode(blocks, forKey: .blocks)
        try container.encode(conflictingHolders, forKey: .conflictingHolders)
        try container.encode(overBudget, forKey: .overBudget)
        try container.encode(withinBudget, forKey: .withinBudget)
    }
}

/// What one statement does to one relation.
public struct RelationLockPlan: Hashable, Sendable, Codable {
    public var relation: RelationName
    /// The strongest mode the statement takes on it.
    public var mode: LockMode
    /// What that mode holds up (`nothing` for a relation that does not exist yet: nobody else can see it).
    public var blocks: BlockedTraffic
    public var effect: TableEffect
    public var rows: Int
    public var rowSource: RelationSize.RowSource
    /// `pg_total_relation_size`: table, TOAST and indexes.
    public var bytes: Int
    /// The statement's work on the relation: bytes to rewrite or scan ÷ throughput, 0 when catalog-only.
    public var estimatedMilliseconds: Int
    /// Why each lock is taken, from the lock table.
    public var reasons: [String]

    public init(
        relation: RelationName, mode: LockMode, blocks: BlockedTraffic, effect: TableEffect, rows: Int,
        rowSource: RelationSize.RowSource, bytes: Int, estimatedMilliseconds: Int, reasons: [String]
    ) {
        self.relation = relation
        self.mode = mode
        self.blocks = blocks
        self.effect = effect
        self.rows = rows
        self.rowSource = rowSource
        self.bytes = bytes
        self.estimatedMilliseconds = estimatedMilliseconds
        self.reasons = reasons
    }

    enum CodingKeys: String, CodingKey {
        case relation, mode, blocks, effect, rows, bytes, reasons
        case rowSource = "rows_source"
        case estimatedMilliseconds = "estimated_ms"
    }
}
