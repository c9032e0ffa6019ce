/// A relation as a statement names it: `schema` is `nil` when the statement leaves it to the search path.
public struct RelationName: Hashable, Sendable, Codable, CustomStringConvertible {
    public var schema: String?
    public var name: String

    public init(schema: String? = nil, _ name: String) {
        self.schema = schema
        self.name = name
    }

    /// `schema.name`, or `name` when unqualified (unquoted: for messages).
    public var description: String { schema.map { "\($0).\(name)" } ?? name }
}

/// Which relation a predicted lock falls on.
public enum LockTarget: Hashable, Sendable {
    /// The named relation itself.
    case relation(RelationName)
    /// The table the named index belongs to (`DROP INDEX`, `REINDEX INDEX`).
    case tableOfIndex(RelationName)
    /// The default partition of the named partitioned table, if it has one (`ATTACH PARTITION`, `PARTITION OF`).
    case defaultPartitionOf(RelationName)
}

/// How much work a statement does on a table's rows while it holds its lock.
public enum TableEffect: String, Hashable, Sendable, Codable, Comparable {
    /// Catalog-only: the lock is held for an instant once granted.
    case cheap
    /// Reads every row (validating a constraint, proving `SET NOT NULL`, building an index).
    case scans
    /// Writes a new copy of the table (and rebuilds its indexes).
    case rewrites

    public static func < (lhs: TableEffect, rhs: TableEffect) -> Bool {
        [.cheap, .scans, .rewrites].firstIndex(of: lhs)! < [.cheap, .scans, .rewrites].firstIndex(of: rhs)!
    }
}

/// What the statement does that needs the lock, so lint rules can name the hazard.
public enum LockCause: Hashable, Sendable {
    /// `SELECT`, DML, `COPY`, sequence functions: row access.
    case rowAccess
    /// `LOCK TABLE`.
    case explicitLock
    /// A catalog change: most `ALTER`, `CREATE TRIGGER`/`POLICY`/`RULE`, `COMMENT`, `RENAME`.
    case definitionChange
    /// A table another statement reads or references: a foreign key's referenced table, `LIKE`, `INHERITS`, a
    /// view's query.
    case referencedRelation
    /// `ADD COLUMN` of `column`.
    case addColumn(column: String)
    /// `CREATE INDEX` (`concurrently` or not).
    case indexBuild(concurrently: Bool)
    /// `ADD CONSTRAINT … UNIQUE/PRIMARY KEY/EXCLUDE` building its index in place (not `USING INDEX`).
    case constraintIndexBuild(constraint: String)
    /// `ADD CONSTRAINT` of a CHECK or foreign key, validated unless `NOT VALID`.
    case constraintAdded(constraint: String, kind: ConstraintKind, validated: Bool)
    /// `VALIDATE CONSTRAINT`.
    case constraintValidation(constraint: String)
    /// `ALTER COLUMN … SET NOT NULL` of `column`.
    case setNotNull(column: String)
    /// `ALTER COLUMN … TYPE` of `column`.
    case columnTypeChange(column: String)
    /// `REINDEX` (`concurrently` or not).
    case reindex(concurrently: Bool)
    /// `ALTER TABLE … SET TABLESPACE`/`ACCESS METHOD`/`LOGGED`/`UNLOGGED`: a full rewrite.
    case tableRewrite
    /// `VACUUM FULL`: a full rewrite.
    case vacuumFull
    /// `CLUSTER`: a full rewrite in index order.
    case cluster
    /// `VACUUM` (not `FULL`) and `ANALYZE`.
    case maintenance
    /// `REFRESH MATERIALIZED VIEW` (`concurrently` or not).
    case refresh(concurrently: Bool)
    /// `ATTACH PARTITION` / `DETACH PARTITION` / `CREATE TABLE … PARTITION OF`.
    case partitioning
    /// `DROP` and `TRUNCATE`: the relation (or its rows) goes away.
    case removal
}

/// The kinds of constraint a lock prediction distinguishes.
public enum ConstraintKind: String, Hashable, Sendable {
    case check
    case foreignKey = "foreign key"
    case unique
    case primaryKey = "primary key"
    case exclusion
    case notNull = "not null"
}

/// What only the live catalog can settle about a prediction's effect.
public enum CatalogQuestion: Hashable, Sendable {
    /// `ALTER COLUMN column TYPE newType`: rewrites unless Postgres finds the change binary-coercible.
    /// `newType` is the SQL of the type as parsed; `hasUsing` is true with a `USING` expression (always rewrites).
    case columnType(column: String, newType: String, hasUsing: Bool)
    /// `ADD COLUMN … DEFAULT`: rewrites before PostgreSQL 11, and on every version when one of `functions`
    /// (qualified names as written) is volatile.
    case columnDefault(functions: [[String]])
}

/// One table-level lock a statement takes, with its effect on the table and why.
public struct LockPrediction: Hashable, Sendable {
    public var target: LockTarget
    public var mode: LockMode
    /// From the parse tree alone this is an estimate when `question` is set; `CatalogRefinement` settles it.
    public var effect: TableEffect
    public var cause: LockCause
    /// Why this lock and effect, in words (for messages).
    public var reason: String
    /// Whether Postgres takes the same lock on every partition when the relation is partitioned (no `ONLY`).
    public var includesPartitions: Bool
    public var question: CatalogQuestion?

    public init(
        _ target: LockTarget, _ mode: LockMode, effect: TableEffect = .cheap, cause: LockCause, reason: String,
        includesPartitions: Bool = false, question: CatalogQuestion? = nil
    ) {
        self.target = target
        self.mode = mode
        self.effect = effect
        self.cause = cause
        self.reason = reason
        self.includesPartitions = includesPartitions
        self.question = question
    }

    /// The relation the statement names for this lock (for `tableOfIndex`, the index).
    public var relation: RelationName {
        switch target {
        case .relation(let name), .tableOfIndex(let name), .defaultPartitionOf(let name): return name
        }
    }
}
