/// The eight table-level lock modes of PostgreSQL, weakest first (the order of Postgres's own numbering).
///
/// Conflicts are those of the "Conflicting Lock Modes" table (13.2) in the "Explicit Locking" chapter.
public enum LockMode: Int, CaseIterable, Comparable, Hashable, Sendable, Codable {
    case accessShare = 1
    case rowShare
    case rowExclusive
    case shareUpdateExclusive
    case share
    case shareRowExclusive
    case exclusive
    case accessExclusive

    /// The name SQL uses, e.g. `SHARE ROW EXCLUSIVE` (as in `LOCK TABLE … IN … MODE`).
    public var sqlName: String {
        switch self {
        case .accessShare: return "ACCESS SHARE"
        case .rowShare: return "ROW SHARE"
        case .rowExclusive: return "ROW EXCLUSIVE"
        case .shareUpdateExclusive: return "SHARE UPDATE EXCLUSIVE"
        case .share: return "SHARE"
        case .shareRowExclusive: return "SHARE ROW EXCLUSIVE"
        case .exclusive: return "EXCLUSIVE"
        case .accessExclusive: return "ACCESS EXCLUSIVE"
        }
    }

    /// The name `pg_locks.mode` shows, e.g. `ShareRowExclusiveLock`.
    public var pgLocksName: String {
        sqlName.split(separator: " ").map { String($0.prefix(1)) + $0.dropFirst().lowercased() }.joined() + "Lock"
    }

    /// The mode a `pg_locks.mode` value names, or `nil` for other kinds of lock.
    public init?(pgLocksName: String) {
        guard let mode = Self.allCases.first(where: { $0.pgLocksName == pgLocksName }) else { return nil }
        self = mode
    }

    /// The mode `LOCK TABLE … IN <sqlName> MODE` takes, or `nil`.
    public init?(sqlName: String) {
        guard let mode = Self.allCases.first(where: { $0.sqlName == sqlName.uppercased() }) else { return nil }
        self = mode
    }

    /// Whether a session holding `self` makes a session asking for `other` on the same table wait (Table 13.2).
    public func conflicts(with other: LockMode) -> Bool {
        Self.conflictMatrix[rawValue - 1].contains(other)
    }

    /// The ordinary traffic this lock holds up while it is held (or queued: later requests wait behind it).
    public var blockedTraffic: BlockedTraffic {
        if conflicts(with: .accessShare) { return .readsAndWrites }
        if conflicts(with: .rowExclusive) { return .writes }
        return .nothing
    }

    public static func < (lhs: LockMode, rhs: LockMode) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Row `i` lists the modes that conflict with mode `i + 1`, as in the documentation's table.
    private static let conflictMatrix: [Set<LockMode>] = [
        [.accessExclusive],
        [.exclusive, .accessExclusive],
        [.share, .shareRowExclusive, .exclusive, .accessExclusive],
        [.shareUpdateExclusive, .share, .shareRowExclusive, .exclusive, .accessExclusive],
        [.rowExclusive, .shareUpdateExclusive, .shareRowExclusive, .exclusive, .accessExclusive],
        [.rowExclusive, .shareUpdateExclusive, .share, .shareRowExclusive, .exclusive, .accessExclusive],
        [.rowShare, .rowExclusive, .shareUpdateExclusive, .share, .shareRowExclusive, .exclusive, .accessExclusive],
        Set(LockMode.allCases),
    ]
}

extension LockMode {
    /// Decodes the SQL name (`"ACCESS EXCLUSIVE"`), as `encode(to:)` writes it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let name = try container.decode(String.self)
        guard let mode = LockMode(sqlName: name) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "\(name) is not a table lock mode (e.g. ACCESS EXCLUSIVE)")
        }
        self = mode
    }

    /// Encodes the SQL name (`"ACCESS EXCLUSIVE"`), so JSON documents read as the documentation does.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(sqlName)
    }
}

/// What a table lock holds up: `SELECT` (reads), `INSERT`/`UPDATE`/`DELETE` (writes), or neither.
public enum BlockedTraffic: String, Hashable, Sendable, Codable, Comparable {
    case nothing
    case writes
    case readsAndWrites = "reads and writes"

    public static func < (lhs: BlockedTraffic, rhs: BlockedTraffic) -> Bool {
        [.nothing, .writes, .readsAndWrites].firstIndex(of: lhs)! < [.nothing, .writes, .readsAndWrites].firstIndex(
            of: rhs)!
    }
}
