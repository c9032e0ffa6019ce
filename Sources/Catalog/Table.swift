/// A table, with everything scoped to it: columns in ordinal order, constraints, indexes, triggers and policies.
public struct Table: Hashable, Codable, Sendable {
    public var name: QualifiedName
    /// Columns in ordinal (physical) order.
    public var columns: [Column]
    /// Constraints by name.
    public var constraints: [String: Constraint]
    /// Indexes that do not back a constraint, by name (index names are unique within the table's schema).
    public var indexes: [String: Index]
    /// Triggers by name.
    public var triggers: [String: Trigger]
    /// Row-level security policies by name.
    public var policies: [String: Policy]
    public var comment: String?
    public var isUnlogged: Bool
    /// `PARTITION BY` clause of a partitioned table as `pg_get_partkeydef` prints it, e.g. `RANGE (created_at)`.
    public var partitionKey: String?
    /// Set when this table is a partition of another.
    public var partitionOf: PartitionBound?
    public var rowLevelSecurity: Bool
    public var forceRowLevelSecurity: Bool

    // MARK: - Partition clones
    /// Of a partition: the indexes Postgres attached to its parent's partitioned indexes, by name. Postgres creates
    /// them with the partition (or the parent index), so the diff never emits them; it needs their names when the
    /// partition is detached (they stay, as the table's own) or when a table's own index is attached.
    public var attachedIndexes: [String: Index]
    /// Of a partition: the constraints cloned from its parent (primary key, unique, foreign key, check), by name;
    /// like `attachedIndexes`, created by Postgres and kept as the table's own on detach.
    public var inheritedConstraints: [String: Constraint]
    // MARK: - Table options

    /// Storage parameters (`pg_class.reloptions`, and the TOAST table's as `toast.name`) as `name=value`, sorted,
    /// e.g. `["autovacuum_enabled=false", "fillfactor=70", "toast.autovacuum_enabled=false"]`.
    public var storageParameters: [String] = []
    /// `REPLICA IDENTITY`: which old-row columns logical replication records for updates and deletes.
    public var replicaIdentity: ReplicaIdentity = .default
    /// `INHERITS (…)` parents in order (`pg_inherits.inhseqno`); partitions use `partitionOf` instead.
    public var inheritsFrom: [QualifiedName] = []
    // MARK: - Ownership and privileges
    /// The owning role; `nil` when unknown or not managed (a desired schema without owners).
    public var owner: String?
    /// Grants and revokes relative to the default ACL (column grants included).
    public var privileges: Privileges

    public init(
        name: QualifiedName, columns: [Column] = [], constraints: [String: Constraint] = [:],
        indexes: [String: Index] = [:], triggers: [String: Trigger] = [:], policies: [String: Policy] = [:],
        comment: String? = nil, isUnlogged: Bool = false, partitionKey: String? = nil,
        partitionOf: PartitionBound? = nil, rowLevelSecurity: Bool = false, forceRowLevelSecurity: Bool = false,
        attachedIndexes: [String: Index] = [:], inheritedConstraints: [String: Constraint] = [:], owner: String? = nil,
        privileges: Privileges = Privileges()
    ) {
        self.name = name
        self.columns = columns
        self.constraints = constraints
        self.indexes = indexes
        self.triggers = triggers
        self.policies = policies
        self.comment = comment
        self.isUnlogged = isUnlogged
        self.partitionKey = partitionKey
        self.partitionOf = partitionOf
        self.rowLevelSecurity = rowLevelSecurity
        self.forceRowLevelSecurity = forceRowLevelSecurity
        self.attachedIndexes = attachedIndexes
        self.inheritedConstraints = inheritedConstraints
        self.owner = owner
        self.privileges = privileges
    }

    /// The columns the table declares itself (`attislocal`), leaving out the ones it only inherits.
    public var localColumns: [Column] { columns.filter { $0.isLocal } }

    /// The column with this name, if any.
    public func column(_ name: String) -> Column? { columns.first { $0.name == name } }

    /// The primary key constraint, if any.
    public var primaryKey: Constraint? {
        constraints.values.first { if case .primaryKey = $0.kind { return true } else { return false } }
    }
}

/// `REPLICA IDENTITY` of a table (`pg_class.relreplident`).
public enum ReplicaIdentity: Hashable, Codable, Sendable {
    /// The primary key, if any (`d`).
    case `default`
    /// The whole old row (`f`).
    case full
    /// No old-row information (`n`).
    case nothing
    /// The columns of this unique index, named without schema (`i`).
    case index(String)
}

/// The parent and bound of a partition, e.g. `FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')`.
public struct PartitionBound: Hashable, Codable, Sendable {
    public var parent: QualifiedName
    /// The bound as `pg_get_expr(relpartbound, oid)` prints it, starting with `FOR VALUES` or `DEFAULT`.
    public var bound: String

    public init(parent: QualifiedName, bound: String) {
        self.parent = parent
        self.bound = bound
    }
}

/// A table column.
public struct Column: Hashable, Codable, Sendable {
    public var name: String
    /// The type as `format_type` prints it, e.g. `character varying(255)`, `timestamp with time zone`, `text[]`,
    /// `app.status` (schema-qualified unless in `pg_catalog`).
    public var type: String
    /// A non-default collation, e.g. `"C"`; `nil` for the type's default.
    public var collation: String?
    public var isNotNull: Bool
    /// The default expression as `pg_get_expr` prints it, e.g. `now()`, `'draft'::app.status`.
    public var defaultExpression: String?
    public var identity: Identity?
    /// The expression of a `GENERATED ALWAYS AS (…) STORED` column.
    public var generatedExpression: String?
    public var comment: String?

    // MARK: - Column options

    /// `SET STORAGE` (`plain`, `external`, `extended`, `main`) when it differs from the type's default; `nil` otherwise.
    public var storage: String? = nil
    /// `SET STATISTICS` target (`attstattarget`); `nil` for the default (-1).
    public var statisticsTarget: Int? = nil
    /// False for a column a child table only inherits (`attislocal`): its parent declares it.
    public var isLocal: Bool = true

    public init(
        name: String, type: String, collation: String? = nil, isNotNull: Bool = false,
        defaultExpression: String? = nil, identity: Identity? = nil, generatedExpression: String? = nil,
        comment: String? = nil
    ) {
        self.name = name
        self.type = type
        self.collation = collation
        self.isNotNull = isNotNull
        self.defaultExpression = defaultExpression
        self.identity = identity
        self.generatedExpression = generatedExpression
        self.comment = comment
    }
}

/// An identity column's generation and its implicit sequence's options.
public struct Identity: Hashable, Codable, Sendable {
    public enum Generation: String, Hashable, Codable, Sendable {
        case always = "ALWAYS"
        case byDefault = "BY DEFAULT"
    }

    public var generation: Generation
    public var options: SequenceOptions

    public init(generation: Generation, options: SequenceOptions = SequenceOptions()) {
        self.generation = generation
        self.options = options
    }
}

/// Options shared by sequences and identity columns; `nil` means the Postgres default for the data type.
public struct SequenceOptions: Hashable, Codable, Sendable {
    public var start: Int64?
    public var increment: Int64?
    public var minValue: Int64?
    public var maxValue: Int64?
    public var cache: Int64?
    public var cycle: Bool

    public init(
        start: Int64? = nil, increment: Int64? = nil, minValue: Int64? = nil, maxValue: Int64? = nil,
        cache: Int64? = nil, cycle: Bool = false
    ) {
        self.start = start
        self.increment = increment
        self.minValue = minValue
        self.maxValue = maxValue
        self.cache = cache
        self.cycle = cycle
    }
}
