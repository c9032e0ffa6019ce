/// An index that does not back a constraint (those are part of their `Constraint`).
public struct Index: Hashable, Codable, Sendable {
    public var name: String
    /// The table or materialized view it indexes.
    public var table: QualifiedName
    /// `btree`, `hash`, `gin`, `gist`, `brin`, `spgist`, …
    public var method: String
    public var isUnique: Bool
    public var keys: [IndexKey]
    /// `INCLUDE (…)` columns.
    public var includedColumns: [String]
    /// The partial-index `WHERE` predicate as Postgres prints it.
    public var predicate: String?
    /// `WITH (…)` storage parameters such as `fillfactor=70`.
    public var storageParameters: [String]
    /// `UNIQUE … NULLS NOT DISTINCT` (Postgres 15+).
    public var nullsNotDistinct: Bool
    public var comment: String?
    /// Of a partition's index attached to its parent table's partitioned index: that index's name (in the parent
    /// table's schema).
    public var parentIndex: String?
    /// True for the index of a partitioned table, which Postgres builds (or attaches) on every partition.
    public var isPartitioned: Bool

    public init(
        name: String, table: QualifiedName, method: String = "btree", isUnique: Bool = false, keys: [IndexKey],
        includedColumns: [String] = [], predicate: String? = nil, storageParameters: [String] = [],
        nullsNotDistinct: Bool = false, comment: String? = nil, parentIndex: String? = nil,
        isPartitioned: Bool = false
    ) {
        self.name = name
        self.table = table
        self.method = method
        self.isUnique = isUnique
        self.keys = keys
        self.includedColumns = includedColumns
        self.predicate = predicate
        self.storageParameters = storageParameters
        self.nullsNotDistinct = nullsNotDistinct
        self.comment = comment
        self.parentIndex = parentIndex
        self.isPartitioned = isPartitioned
    }

    /// The schema-qualified name of the index itself (it lives in its table's schema).
    public var qualifiedName: QualifiedName { QualifiedName(table.schema, name) }
}

/// One key of an index: a column or an expression, with its operator class and ordering.
public struct IndexKey: Hashable, Codable, Sendable {
    /// A column name, or an expression as Postgres prints it (e.g. `lower(email)`).
    public var expression: String
    /// True when `expression` is a plain column name.
    public var isColumn: Bool
    /// A non-default operator class as DDL spells it (quoted where needed, schema-qualified outside
    /// `pg_catalog`), e.g. `text_pattern_ops`, `public.gist_trgm_ops`; also set for a default one given options.
    public var operatorClass: String?
    /// The operator class's parameters, `name=value` each, e.g. `siglen=32` in `gist_trgm_ops (siglen=32)`.
    public var operatorClassOptions: [String]
    public var descending: Bool
    /// `NULLS FIRST`/`NULLS LAST` when it differs from the default for the ordering; `nil` for the default.
    public var nullsFirst: Bool?
    /// A collation differing from the key's default, as DDL spells it (e.g. `"C"`).
    public var collation: String?

    public init(
        expression: String, isColumn: Bool = true, operatorClass: String? = nil, operatorClassOptions: [String] = [],
        descending: Bool = false, nullsFirst: Bool? = nil, collation: String? = nil
    ) {
        self.expression = expression
        self.isColumn = isColumn
        self.operatorClass = operatorClass
        self.operatorClassOptions = operatorClassOptions
        self.descending = descending
        self.nullsFirst = nullsFirst
        self.collation = collation
    }
}
