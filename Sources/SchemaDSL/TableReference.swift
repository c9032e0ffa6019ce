import Catalog

/// A table's name, declared once and used wherever the table is referred to, so references are checked by the
/// compiler rather than spelled out as strings.
///
/// ```swift
/// enum Organizations {
///     static let table = TableReference("organizations", schema: "app")
///     static let id = table.id            // a TableColumn, via dynamic member lookup
/// }
/// Table(Organizations.table) { Column("id", .uuid).primaryKey() }
/// Column("organization_id", .uuid).references(Organizations.id, onDelete: .cascade)
/// ```
@dynamicMemberLookup
public struct TableReference: Hashable, Sendable, CustomStringConvertible {
    /// The table's schema-qualified name.
    public let name: QualifiedName

    /// The table `name` in `schema`.
    public init(_ name: String, schema: String = "public") { self.name = QualifiedName(schema, name) }

    /// The column `name` of this table.
    public func column(_ name: String) -> TableColumn { TableColumn(table: self.name, name: name) }

    /// `Organizations.table.id` is the column `id`.
    public subscript(dynamicMember name: String) -> TableColumn { column(name) }

    /// `schema.name`.
    public var description: String { name.key }
}

/// A column of a named table: what a foreign key points at.
public struct TableColumn: Hashable, Sendable, CustomStringConvertible {
    /// The table the column belongs to.
    public let table: QualifiedName
    /// The column name.
    public let name: String

    /// The column `name` of `table`.
    public init(table: QualifiedName, name: String) {
        self.table = table
        self.name = name
    }

    /// `schema.table.column`.
    public var description: String { "\(table.key).\(name)" }
}
