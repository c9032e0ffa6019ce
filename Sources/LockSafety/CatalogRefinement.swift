import Postgres
import SQLSyntax

/// Settles what the parse tree leaves open, against a live database: which relations a name resolves to
/// (schema-qualified), a partitioned table's partitions, an index's table, a default partition, and whether a type
/// change or a new column's default rewrites the table.
///
/// Only reads the catalog, except the type-change probe: Postgres itself runs the `ALTER COLUMN … TYPE` on an empty
/// temporary table in a transaction that is rolled back, and the table counts as rewritten when the probe's
/// storage file changed. The connection must not be inside a transaction.
public struct CatalogRefinement {
    public let connection: Connection

    public init(_ connection: Connection) {
        self.connection = connection
    }

    /// `predictions` with every target resolved to the relation it names now (unchanged when it does not exist
    /// yet), a prediction per partition where the lock reaches partitions, and every `question` answered.
    public func refine(_ predictions: [LockPrediction]) throws -> [LockPrediction] {
        var refined: [LockPrediction] = []
        for prediction in predictions {
            guard var resolved = try resolve(prediction) else { continue }
            if let question = resolved.question, let table = try relation(.relation(resolved.relation)) {
                try answer(question, on: table, into: &resolved)
            }
            refined.append(resolved)
            if resolved.includesPartitions, let table = try relation(.relation(resolved.relation)) {
                for child in try children(of: table) {
                    var copy = resolved
                    copy.target = .relation(child)
                    copy.includesPartitions = false
                    copy.question = nil
                    copy.reason = "\(resolved.reason) (partition or child of \(resolved.relation))"
                    refined.append(copy)
                }
            }
        }
        return refined
    }

    // MARK: - Names

    /// The prediction aimed at the relation its target resolves to; `nil` when there is nothing to lock (no
    /// default partition).
    private func resolve(_ prediction: LockPrediction) throws -> LockPrediction? {
        var resolved = prediction
        switch prediction.target {
        case .relation:
            if let name = try relation(prediction.target) { resolved.target = .relation(name) }
        case .tableOfIndex, .defaultPartitionOf:
            guard let name = try relation(prediction.target) else {
                if case .defaultPartitionOf = prediction.target { return nil }
                return prediction
            }
            resolved.target = .relation(name)
        }
        return resolved
    }

    /// The schema-qualified relation a target names, or `nil` when there is none.
    private func relation(_ target: LockTarget) throws -> RelationName? {
        let sql: String
        switch target {
        case .relation:
            sql = "SELECT c.oid FROM pg_class c WHERE c.oid = to_regclass($1)"
        case .tableOfIndex:
            sql = "SELECT i.indrelid AS oid FROM pg_index i WHERE i.indexrelid = to_regclass($1)"
        case .defaultPartitionOf:
            sql =
                "SELECT p.partdefid AS oid FROM pg_partitioned_table p WHERE p.partrelid = to_regclass($1) AND p.partdefid <> 0"
        }
        let named: RelationName
        switch target {
        case .relation(let name), .tableOfIndex(let name), .defaultPartitionOf(let name): named = name
        }
        let rows = try connection.query(
            """
            SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.oid = (\(sql))
            """, [named.regclassText]
        ).rows
        return rows.first.map { RelationName(schema: $0.string("nspname"), $0.string("relname")) }
    }

    /// Partitions and inheritance children at every level, by name.
    private func children(of table: RelationName) throws -> [RelationName] {
        try connection.query(
            """
            WITH RECURSIVE tree(oid) AS (
                SELECT inhrelid FROM pg_inherits WHERE inhparent = to_regclass($1)
                UNION SELECT i.inhrelid FROM pg_inherits i JOIN tree ON i.inhparent = tree.oid)
            SELECT n.nspname, c.relname FROM tree JOIN pg_class c ON c.oid = tree.oid
            JOIN pg_namespace n ON n.oid = c.relnamespace ORDER BY 1, 2
            """, [table.regclassText]
        ).rows.map { RelationName(schema: $0.string("nspname"), $0.string("relname")) }
    }

    // MARK: - Questions

    private func answer(_ question: CatalogQuestion, on table: RelationName, into prediction: inout LockPrediction)
        throws
    {
        switch question {
        case .columnType(let column, let newType, let hasUsing):
            guard let oldType = try columnType(table, column) else { return }
            if hasUsing {
                prediction.effect = .rewrites
                prediction.reason = "ALTER COLUMN \(column) TYPE … USING rewrites \(table)"
            } else if try probeRewrites(from: oldType, to: newType) {
                prediction.effect = .rewrites
                prediction.reason =
                    "ALTER COLUMN \(column) TYPE rewrites \(table): \(oldType) → \(newType) is not binary-coercible"
            } else {
                prediction.effect = .cheap
                prediction.reason =
                    "ALTER COLUMN \(column) TYPE is catalog-only: \(oldType) → \(newType) is binary-coercible"
            }
        case .columnDefault(let functions):
            if connection.serverVersion < 110000 {
                prediction.effect = .rewrites
                prediction.reason += "; before PostgreSQL 11 any default rewrites the table"
            } else {
                let volatile = try functions.first { try isVolatile($0) }
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

    private func columnType(_ table: RelationName, _ column: String) throws -> String? {
        try connection.query(
            """
            SELECT format_type(a.atttypid, a.atttypmod) AS type FROM pg_attribute a
            WHERE a.attrelid = to_regclass($1) AND a.attname = $2 AND a.attnum > 0 AND NOT a.attisdropped
            """, [table.regclassText, column]
        ).rows.first?.string("type")
    }

    /// Whether Postgres rewrites a column of `oldType` to change it to `newType` (both SQL type text).
    private func probeRewrites(from oldType: String, to newType: String) throws -> Bool {
        try connection.execute("BEGIN")
        defer { _ = try? connection.execute("ROLLBACK") }
        try connection.execute("CREATE TEMPORARY TABLE db_lock_probe (probe \(oldType))")
        let filenode = "SELECT pg_relation_filenode('pg_temp.db_lock_probe') AS node"
        let before = try connection.query(filenode).rows.first?.string("node")
        do {
            try connection.execute("ALTER TABLE pg_temp.db_lock_probe ALTER COLUMN probe TYPE \(newType)")
        } catch {
            return true  // Postgres needs USING: the real statement fails or rewrites
        }
        return try connection.query(filenode).rows.first?.string("node") != before
    }

    /// Whether a function the expression calls is volatile (also when no function of that name is visible).
    private func isVolatile(_ name: [String]) throws -> Bool {
        let schema = name.count > 1 ? name[name.count - 2] : nil
        let row = try connection.query(
            """
            SELECT coalesce(bool_or(p.provolatile = 'v'), true) AS volatile FROM pg_proc p
            JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE p.proname = $1 AND CASE WHEN $2::text IS NULL THEN pg_function_is_visible(p.oid) ELSE n.nspname = $2 END
            """, [name.last ?? "", schema]
        ).rows.first
        return row?.bool("volatile") ?? true
    }
}
