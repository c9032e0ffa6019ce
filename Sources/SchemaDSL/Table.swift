import Catalog

/// One item of a table body: a column, constraint, index, trigger or policy.
public struct TableElement: Sendable {
    enum Content: Sendable {
        case column(Column)
        case constraint(TableConstraint)
        case index(Index)
        case trigger(Trigger)
        case policy(Policy)
    }

    let content: Content
}

/// Collects a table body: `Column`, `PrimaryKey`, `Unique`, `ForeignKey`, `Check`, `Exclusion`, `Index`, `Trigger`
/// and `Policy` values, with `if`, `for` and `switch` allowed.
@resultBuilder
public enum TableBuilder {
    public static func buildExpression(_ column: Column) -> [TableElement] { [TableElement(content: .column(column))] }
    public static func buildExpression(_ key: PrimaryKey) -> [TableElement] { constraint(.primaryKey(key)) }
    public static func buildExpression(_ unique: Unique) -> [TableElement] { constraint(.unique(unique)) }
    public static func buildExpression(_ key: ForeignKey) -> [TableElement] { constraint(.foreignKey(key)) }
    public static func buildExpression(_ check: Check) -> [TableElement] { constraint(.check(check)) }
    public static func buildExpression(_ exclusion: Exclusion) -> [TableElement] { constraint(.exclusion(exclusion)) }
    public static func buildExpression(_ index: Index) -> [TableElement] { [TableElement(content: .index(index))] }
    public static func buildExpression(_ trigger: Trigger) -> [TableElement] {
        [TableElement(content: .trigger(trigger))]
    }
    public static func buildExpression(_ policy: Policy) -> [TableElement] { [TableElement(content: .policy(policy))] }
    public static func buildExpression(_ elements: [TableElement]) -> [TableElement] { elements }
    public static func buildBlock(_ parts: [TableElement]...) -> [TableElement] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [TableElement]?) -> [TableElement] { part ?? [] }
    public static func buildEither(first: [TableElement]) -> [TableElement] { first }
    public static func buildEither(second: [TableElement]) -> [TableElement] { second }
    public static func buildArray(_ parts: [[TableElement]]) -> [TableElement] { parts.flatMap { $0 } }

    private static func constraint(_ constraint: TableConstraint) -> [TableElement] {
        [TableElement(content: .constraint(constraint))]
    }
}

/// How a partitioned table splits its rows: `PARTITION BY RANGE|LIST|HASH (…)`.
public struct PartitionKey: Sendable {
    let sql: String

    /// `RANGE (columns)`, e.g. by a timestamp.
    public static func range(_ columns: String...) -> PartitionKey {
        PartitionKey(sql: "RANGE (\(columnList(columns)))")
    }
    /// `LIST (columns)`.
    public static func list(_ columns: String...) -> PartitionKey { PartitionKey(sql: "LIST (\(columnList(columns)))") }
    /// `HASH (columns)`.
    public static func hash(_ columns: String...) -> PartitionKey { PartitionKey(sql: "HASH (\(columnList(columns)))") }
}

/// A table with its columns, constraints, indexes, triggers and policies.
///
/// ```swift
/// Table("posts", schema: "app") {
///     Column("id", .uuid).primaryKey().default(.genRandomUUID)
///     Column("title", .text).notNull()
///     Index(on: "title")
/// }
/// .rowLevelSecurity(force: true)
/// .comment("Articles written by members")
/// ```
public struct Table: Sendable {
    let reference: TableReference
    let elements: [TableElement]
    let location: SourceLocation
    /// Grants, revokes and owner (see `Grantable`).
    public var access = Access()
    var comment: String?
    var isUnlogged = false
    var rowLevelSecurity = false
    var forceRowLevelSecurity = false
    var partitionKey: PartitionKey?
    var partitionOf: (parent: TableReference, bound: String)?
    var oldName: String?
    var storageParameters: [String] = []
    var replicaIdentity = ReplicaIdentity.default
    var parents: [TableReference] = []
    var oldSchema: String?

    /// The table `name` in `schema`.
    public init(
        _ name: String, schema: String = "public", fileID: String = #fileID, line: Int = #line,
        @TableBuilder _ body: () -> [TableElement] = { [] }
    ) {
        self.init(TableReference(name, schema: schema), fileID: fileID, line: line, body)
    }

    /// The table named by `reference` (share the reference to point foreign keys at it).
    public init(
        _ reference: TableReference, fileID: String = #fileID, line: Int = #line,
        @TableBuilder _ body: () -> [TableElement] = { [] }
    ) {
        self.reference = reference
        self.elements = body()
        self.location = SourceLocation(fileID: fileID, line: line)
    }

    /// `ENABLE ROW LEVEL SECURITY`; with `force`, also `FORCE`, so the table owner is subject to the policies too.
    public func rowLevelSecurity(force: Bool = false) -> Table {
        with {
            $0.rowLevelSecurity = true
            $0.forceRowLevelSecurity = force
        }
    }

    /// `COMMENT ON TABLE`.
    public func comment(_ text: String) -> Table { with { $0.comment = text } }

    /// `CREATE UNLOGGED TABLE`: not crash-safe, not replicated, faster to write.
    public func unlogged() -> Table { with { $0.isUnlogged = true } }

    /// `PARTITION BY …`: rows live in partitions declared with `partition(of:forValues:)`.
    public func partitioned(by key: PartitionKey) -> Table { with { $0.partitionKey = key } }

    /// `PARTITION OF parent FOR VALUES …`; `bound` is the SQL after `FOR VALUES`, e.g.
    /// `FROM ('2026-01-01') TO ('2027-01-01')`, or `nil` for the `DEFAULT` partition.
    public func partition(of parent: TableReference, forValues bound: String?) -> Table {
        with { $0.partitionOf = (parent, bound.map { "FOR VALUES " + $0 } ?? "DEFAULT") }
    }

    /// Rename hint: the table used to be called `oldName` (in the same schema).
    public func renamed(from oldName: String) -> Table { with { $0.oldName = oldName } }

    /// `WITH (name=value, …)` storage parameters, e.g. `.storageParameters("fillfactor=70",
    /// "autovacuum_enabled=false")`; TOAST parameters are spelled `toast.name=value`.
    public func storageParameters(_ parameters: String...) -> Table {
        with { $0.storageParameters = parameters }
    }

    /// `ALTER TABLE … REPLICA IDENTITY …`, e.g. `.replicaIdentity(.full)` or `.replicaIdentity(.index("t_code_key"))`.
    public func replicaIdentity(_ identity: ReplicaIdentity) -> Table { with { $0.replicaIdentity = identity } }

    /// `INHERITS (parents)`, in order: the table gets the parents' columns, defaults and CHECK constraints, so its
    /// body declares only its own columns.
    public func inherits(_ parents: TableReference...) -> Table { with { $0.parents = parents } }

    /// Move hint: the table used to live in schema `oldSchema`, so the diff emits `ALTER TABLE … SET SCHEMA` and
    /// keeps its rows instead of drop + create. Combine with `renamed(from:)` for a table also renamed.
    public func moved(fromSchema oldSchema: String) -> Table { with { $0.oldSchema = oldSchema } }


    var columns: [Column] { elements.compactMap { if case .column(let c) = $0.content { c } else { nil } } }

    /// Constraints from the body and from the columns, in declaration order.
    var constraints: [TableConstraint] {
        elements.flatMap { element -> [TableConstraint] in
            switch element.content {
            case .column(let column): column.constraints
            case .constraint(let constraint): [constraint]
            default: []
            }
        }
    }

    var indexes: [Index] { elements.compactMap { if case .index(let i) = $0.content { i } else { nil } } }
    var triggers: [Trigger] { elements.compactMap { if case .trigger(let t) = $0.content { t } else { nil } } }
    var policies: [Policy] { elements.compactMap { if case .policy(let p) = $0.content { p } else { nil } } }
}
