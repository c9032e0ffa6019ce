import Catalog

/// A table column. Modifiers return a changed copy, so they chain:
///
/// ```swift
/// Column("id", .uuid).primaryKey().default(.genRandomUUID)
/// Column("organization_id", .uuid).notNull().references(Organizations.id, onDelete: .cascade)
/// Column("title", .text).notNull().renamed(from: "headline")
/// ```
///
/// Columns are nullable unless marked `notNull()`; primary key columns are NOT NULL implicitly.
public struct Column: Sendable {
    let name: String
    let type: ColumnType
    let location: SourceLocation
    var isNotNull = false
    /// Set by `nullable()`, so a nullable primary key column can be reported instead of silently made NOT NULL.
    var isExplicitlyNullable = false
    var defaultValue: ColumnDefault?
    var identity: Identity?
    var generatedExpression: String?
    var collation: String?
    var comment: String?
    var oldName: String?
    var storage: ColumnStorage?
    var statisticsTarget: Int?
    /// Constraints declared on the column itself (`.primaryKey()`, `.unique()`, `.references(…)`, `.check(…)`).
    var constraints: [TableConstraint] = []

    /// A column named `name` of type `type`.
    public init(_ name: String, _ type: ColumnType, fileID: String = #fileID, line: Int = #line) {
        self.name = name
        self.type = type
        self.location = SourceLocation(fileID: fileID, line: line)
    }

    /// `NOT NULL`.
    public func notNull() -> Column { with { $0.isNotNull = true } }

    /// States that NULL is allowed (the default); a primary key column marked nullable is a validation error.
    public func nullable() -> Column {
        with {
            $0.isNotNull = false
            $0.isExplicitlyNullable = true
        }
    }

    /// A single-column primary key, named `<table>_pkey` unless `name` is given. Implies NOT NULL.
    public func primaryKey(name: String? = nil) -> Column {
        let key = PrimaryKey(columns: [self.name], name: name, location: location)
        return with { $0.constraints.append(.primaryKey(key)) }
    }

    /// A single-column UNIQUE constraint, named `<table>_<column>_key` unless `name` is given.
    public func unique(name: String? = nil, nullsNotDistinct: Bool = false) -> Column {
        var unique = Unique(columns: [self.name], name: name, location: location)
        unique.isNullsNotDistinct = nullsNotDistinct
        return with { $0.constraints.append(.unique(unique)) }
    }

    /// `DEFAULT …`: a Swift literal, `.now`, `.genRandomUUID`, or `.raw("SQL")`.
    public func `default`(_ value: ColumnDefault) -> Column { with { $0.defaultValue = value } }

    /// `DEFAULT 'label'` for an enum column, from the Swift enum case.
    public func `default`<Value: RawRepresentable>(_ value: Value) -> Column where Value.RawValue == String {
        with { $0.defaultValue = .value(value) }
    }

    /// `GENERATED ALWAYS|BY DEFAULT AS IDENTITY`, with optional sequence options; `nil` keeps the Postgres default.
    ///
    /// ```swift
    /// Column("id", .bigint).identity(.always, start: 5, cache: 10)
    /// ```
    public func identity(
        _ generation: IdentityGeneration = .always, start: Int64? = nil, increment: Int64? = nil,
        minValue: Int64? = nil, maxValue: Int64? = nil, cache: Int64? = nil, cycle: Bool = false
    ) -> Column {
        let options = SequenceOptions(
            start: start, increment: increment, minValue: minValue, maxValue: maxValue, cache: cache, cycle: cycle)
        return with {
            $0.identity = Identity(generation: generation, options: options)
            $0.isNotNull = true
        }
    }

    /// `GENERATED ALWAYS AS (expression) STORED`; `expression` is SQL over the table's other columns.
    public func generated(as expression: String) -> Column { with { $0.generatedExpression = expression } }

    /// `COLLATE "name"`.
    public func collation(_ name: String) -> Column { with { $0.collation = name } }

    /// A foreign key to `target`, named `<table>_<column>_fkey` unless `name` is given.
    public func references(
        _ target: TableColumn, onDelete: ReferentialAction = .noAction, onUpdate: ReferentialAction = .noAction,
        deferrable: Deferrability = .notDeferrable, name: String? = nil, fileID: String = #fileID, line: Int = #line
    ) -> Column {
        let key = ForeignKey(
            [self.name], references: [target], onDelete: onDelete, onUpdate: onUpdate, deferrable: deferrable,
            name: name, fileID: fileID, line: line)
        return with { $0.constraints.append(.foreignKey(key)) }
    }

    /// A CHECK constraint on this column, named `<table>_<column>_check` unless `name` is given; `expression` is SQL.
    public func check(_ expression: String, name: String? = nil, fileID: String = #fileID, line: Int = #line)
        -> Column
    {
        var check = Check(name: name, expression: expression, location: SourceLocation(fileID: fileID, line: line))
        check.column = self.name
        return with { $0.constraints.append(.check(check)) }
    }

    /// `COMMENT ON COLUMN`.
    public func comment(_ text: String) -> Column { with { $0.comment = text } }

    /// Rename hint: this column used to be called `oldName`, so the diff emits `RENAME COLUMN` instead of drop + add.
    public func renamed(from oldName: String) -> Column { with { $0.oldName = oldName } }

    /// `ALTER COLUMN … SET STORAGE …`: how values are kept (inline or out of line, compressed or not).
    public func storage(_ storage: ColumnStorage) -> Column { with { $0.storage = storage } }

    /// `ALTER COLUMN … SET STATISTICS target`: how much ANALYZE samples for this column (0–10000).
    public func statistics(_ target: Int) -> Column { with { $0.statisticsTarget = target } }

}

/// A column's storage strategy (`SET STORAGE`).
public enum ColumnStorage: String, Sendable {
    /// Inline and uncompressed; the only choice for fixed-length types.
    case plain
    /// Out of line, uncompressed (fast substring access on large text or bytea).
    case external
    /// Compressed, then out of line if still large: the default for most variable-length types.
    case extended
    /// Compressed, out of line only as a last resort: the default for `numeric`.
    case main
}
