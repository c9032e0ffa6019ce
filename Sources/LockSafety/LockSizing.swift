import Postgres

/// A lock prediction settled against the live database, with its relation's size and how long the statement works
/// on that relation while holding the lock.
public struct SizedLock: Hashable, Sendable {
    /// Refined by `CatalogRefinement`: the relation resolved, partitions expanded, catalog questions answered.
    public var lock: LockPrediction
    public var size: RelationSize
    /// `Throughput.seconds(lock.effect, on: size)`: 0 for catalog-only work and for relations that do not exist yet.
    public var estimatedSeconds: Double

    public init(lock: LockPrediction, size: RelationSize, estimatedSeconds: Double) {
        self.lock = lock
        self.size = size
        self.estimatedSeconds = estimatedSeconds
    }

    /// `rewrites app.events (48 M rows, 31 GB, ~6 min under ACCESS EXCLUSIVE)`; `scans …`, `locks …` for the
    /// other effects.
    public var summary: String {
        let verb: String
        switch lock.effect {
        case .rewrites: verb = "rewrites"
        case .scans: verb = "scans"
        case .cheap: verb = "locks"
        }
        return "\(verb) \(lock.relation) (\(size.summary), \(SizeText.duration(estimatedSeconds)) under "
            + "\(lock.mode.sqlName))"
    }
}

/// Settles and sizes the locks of many statements at once: `CatalogRefinement` of all of them together, then one
/// size query for every relation they touch.
public struct LockSizing {
    public let connection: Connection
    public let throughput: Throughput

    public init(_ connection: Connection, throughput: Throughput) {
        self.connection = connection
        self.throughput = throughput
    }

    /// For each statement's predictions (`predictLocks`), its sized locks, in the same order. The connection must
    /// not be inside a transaction (the type-change probe of `CatalogRefinement` runs one of its own).
    public func size(_ statements: [[LockPrediction]]) throws -> [[SizedLock]] {
        let refined = try CatalogRefinement(connection).refine(statements: statements)
        let sizes = try RelationSize.lookup(refined.flatMap { $0.map(\.relation) }, on: connection)
        return refined.map { locks in
            locks.map { lock in
                let size = sizes[lock.relation] ?? .new(lock.relation)
                return SizedLock(lock: lock, size: size, estimatedSeconds: throughput.seconds(lock.effect, on: size))
            }
        }
    }
}
