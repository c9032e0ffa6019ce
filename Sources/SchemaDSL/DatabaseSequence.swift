import Catalog

/// A standalone sequence (`CREATE SEQUENCE`); for auto-numbered columns prefer `Column.identity()`.
///
/// ```swift
/// DatabaseSequence("invoice_numbers", schema: "app").start(1000)
/// ```
public struct DatabaseSequence: Sendable {
    let name: QualifiedName
    let dataType: ColumnType
    let location: SourceLocation
    /// Grants, revokes and owner (see `Grantable`).
    public var access = Access()
    var options = SequenceOptions()
    var ownedBy: TableColumn?
    var comment: String?

    /// `dataType` is `.smallint`, `.integer` or `.bigint` (the default).
    public init(
        _ name: String, schema: String = "public", as dataType: ColumnType = .bigint, fileID: String = #fileID,
        line: Int = #line
    ) {
        self.name = QualifiedName(schema, name)
        self.dataType = dataType
        self.location = SourceLocation(fileID: fileID, line: line)
    }

    /// `START WITH value`.
    public func start(_ value: Int64) -> DatabaseSequence { with { $0.options.start = value } }
    /// `INCREMENT BY value`.
    public func increment(_ value: Int64) -> DatabaseSequence { with { $0.options.increment = value } }
    /// `MINVALUE value`.
    public func minValue(_ value: Int64) -> DatabaseSequence { with { $0.options.minValue = value } }
    /// `MAXVALUE value`.
    public func maxValue(_ value: Int64) -> DatabaseSequence { with { $0.options.maxValue = value } }
    /// `CACHE value`: numbers preallocated per session.
    public func cache(_ value: Int64) -> DatabaseSequence { with { $0.options.cache = value } }
    /// `CYCLE`: wrap around instead of failing at the end.
    public func cycle() -> DatabaseSequence { with { $0.options.cycle = true } }
    /// `OWNED BY table.column`: dropped with the column.
    public func owned(by column: TableColumn) -> DatabaseSequence { with { $0.ownedBy = column } }
    /// `COMMENT ON SEQUENCE`.
    public func comment(_ text: String) -> DatabaseSequence { with { $0.comment = text } }


    var catalogSequence: SequenceDefinition {
        SequenceDefinition(
            name: name, dataType: dataType.sql, options: options,
            ownedBy: ownedBy.map { ColumnReference(relation: $0.table, column: $0.name) }, comment: comment)
    }
}
