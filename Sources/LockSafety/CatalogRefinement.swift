import Postgres

/// Settles what the parse tree leaves open, against a live database: which relations a name resolves to
/// (schema-qualified), a partitioned table's partitions, an index's table, a default partition, and whether a type
/// change or a new column's default rewrites the table.
///
/// A whole plan is settled with a fixed number of queries, whatever its number of statements and relations: every
/// name is resolved in one query, every partition tree read in another, each kind of `CatalogQuestion` answered in
/// one more (`CatalogAnswers`). Questions about relations that do not exist yet (those the pending files create) go
/// unasked: such a relation is empty. Only reads the catalog, except the type-change probe (`TypeChangeProbe`),
/// which runs every distinct change once in a transaction that is rolled back. The connection must not be inside a
/// transaction.
public struct CatalogRefinement {
    public let connection: Connection

    public init(_ connection: Connection) {
        self.connection = connection
    }

    /// `predictions` with every target resolved to the relation it names now (unchanged when it does not exist
    /// yet), a prediction per partition where the lock reaches partitions, and every `question` answered.
    public func refine(_ predictions: [LockPrediction]) throws -> [LockPrediction] {
        try refine(statements: [predictions])[0]
    }

    /// `refine` of each statement's predictions, in the same order, all settled together (the same number of
    /// queries for one statement as for thousands).
    public func refine(statements: [[LockPrediction]]) throws -> [[LockPrediction]] {
        let names = try RelationResolution.resolve(Set(statements.joined().map(\.relation)), on: connection)
        let resolved = statements.map { $0.compactMap { Self.resolve($0, names[$0.relation] ?? ResolvedName()) } }
        let located = resolved.joined().compactMap { prediction, table in table.map { (prediction, $0) } }
        let descendants = try RelationResolution.descendants(
            of: Set(located.filter { $0.0.includesPartitions }.map(\.1)), on: connection)
        let answers = try CatalogAnswers.read(
            located.compactMap { prediction, table in prediction.question.map { ($0, table) } }, on: connection)
        return resolved.map { statement in
            statement.flatMap { prediction, table in
                guard let table else { return [prediction] }
                return Self.settled(prediction, on: table, answers, partitions: descendants[table] ?? [])
            }
        }
    }

    /// The prediction aimed at the relation its target resolves to, with the existing table its questions and
    /// partitions are about (`nil` when it does not exist yet); `nil` when there is nothing to lock (no default
    /// partition).
    private static func resolve(_ prediction: LockPrediction, _ name: ResolvedName)
        -> (prediction: LockPrediction, table: RelationName?)?
    {
        let target: RelationName?
        switch prediction.target {
        case .relation: target = name.relation
        case .tableOfIndex: target = name.tableOfIndex
        case .defaultPartitionOf:
            guard let partition = name.defaultPartition else { return nil }
            target = partition
        }
        guard let target else { return (prediction, name.relation) }
        var resolved = prediction
        resolved.target = .relation(target)
        return (resolved, target)
    }

    /// The prediction on the existing `table` with its question answered, then one copy per partition or child
    /// when the lock reaches them.
    private static func settled(
        _ prediction: LockPrediction, on table: RelationName, _ answers: CatalogAnswers, partitions: [RelationName]
    ) -> [LockPrediction] {
        var answered = prediction
        if let question = prediction.question { answer(question, on: table, answers, into: &answered) }
        guard answered.includesPartitions else { return [answered] }
        return [answered]
            + partitions.map { child in
                var copy = answered
                copy.target = .relation(child)
                copy.includesPartitions = false
                copy.question = nil
                copy.reason = "\(answered.reason) (partition or child of \(answered.relation))"
                return copy
            }
    }

    private static func answer(
        _ question: CatalogQuestion, on table: RelationName, _ answers: CatalogAnswers,
        into prediction: inout LockPrediction
    ) {
        switch question {
        case .columnType(let column, let newType, let hasUsing):
            guard let oldType = answers.columnTypes[TableColumn(table: table, column: column)] else { return }
            if hasUsing {
                prediction.effect = .rewrites
                prediction.reason = "ALTER COLUMN \(column) TYPE … USING rewrites \(table)"
            } else if answers.typeChangeRewrites[TypeChange(from: oldType, to: newType)] ?? true {
                prediction.effect = .rewrites
                prediction.reason =
                    "ALTER COLUMN \(column) TYPE rewrites \(table): \(oldType) → \(newType) is not binary-coercible"
            } else {
                prediction.effect = .cheap
                prediction.reason =
                    "ALTER COLUMN \(column) TYPE is catalog-only: \(oldType) → \(newType) is binary-coercible"
            }
        case .columnDefault(let functions):
            if !answers.defaultsAreCatalogOnly {
                prediction.effect = .rewrites
                prediction.reason += "; before PostgreSQL 11 any default rewrites the table"
            } else {
                let volatile = functions.first { answers.volatile[$0] ?? true }
                prediction.effect = volatile == nil ? .cheap : .rewrites
                prediction.reason =
                    volatile.map {
                        "the default calls volatile \($0.joined(separator: ".")): every row gets its own value, rewriting \(table)"
                    }
                    ?? "the default is not volatile: catalog-only (PostgreSQL 11+)"
            }
        }
        prediction.question = nil
    }
}
