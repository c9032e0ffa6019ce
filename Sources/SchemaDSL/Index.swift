import Catalog
import SQLSyntax

/// An index access method: `.btree` (the default), `.hash`, `.gin`, `.gist`, `.brin`, `.spgist`, or another by name.
public struct IndexMethod: Hashable, Sendable, ExpressibleByStringLiteral {
    /// The method name as in `pg_am`, e.g. `gin`.
    public let name: String

    /// A method by name, e.g. one provided by an extension.
    public init(_ name: String) { self.name = name }
    /// A method by name.
    public init(stringLiteral name: String) { self.name = name }

    /// B-tree: equality and ordering (the default).
    public static let btree = IndexMethod("btree")
    /// Hash: equality only.
    public static let hash = IndexMethod("hash")
    /// GIN: jsonb, arrays, full-text search, trigrams.
    public static let gin = IndexMethod("gin")
    /// GiST: ranges, geometry, exclusion constraints.
    public static let gist = IndexMethod("gist")
    /// BRIN: tiny summaries for huge, naturally ordered tables.
    public static let brin = IndexMethod("brin")
    /// SP-GiST: space-partitioned data.
    public static let spgist = IndexMethod("spgist")

    var sql: String { quoteIdentifier(name) }
}

/// One key of an index: a column (a string literal is one) or a SQL expression, with ordering and operator class.
///
/// ```swift
/// Index(on: "organization_id", .column("created_at").descending().nullsLast())
/// Index("users_email_lower", on: .expression("lower(email)")).unique()
/// ```
public struct IndexPart: Sendable, ExpressibleByStringLiteral {
    let expression: String
    let isColumn: Bool
    var operatorClass: String?
    var isDescending = false
    var nullsFirstOrder: Bool?
    var collation: String?

    /// A column, ascending.
    public init(stringLiteral column: String) { self = .column(column) }

    init(expression: String, isColumn: Bool) {
        self.expression = expression
        self.isColumn = isColumn
    }

    /// A column of the table.
    public static func column(_ name: String) -> IndexPart { IndexPart(expression: name, isColumn: true) }

    /// A SQL expression over the table's columns, e.g. `lower(email)`.
    public static func expression(_ sql: String) -> IndexPart { IndexPart(expression: sql, isColumn: false) }

    /// Sorts this key descending.
    public func descending() -> IndexPart { with { $0.isDescending = true } }

    /// `NULLS FIRST` (the default for descending keys).
    public func nullsFirst() -> IndexPart { with { $0.nullsFirstOrder = true } }

    /// `NULLS LAST` (the default for ascending keys).
    public func nullsLast() -> IndexPart { with { $0.nullsFirstOrder = false } }

    /// A non-default operator class, e.g. `text_pattern_ops`, `jsonb_path_ops`.
    public func operatorClass(_ name: String) -> IndexPart { with { $0.operatorClass = name } }

    /// `COLLATE "name"`.
    public func collation(_ name: String) -> IndexPart { with { $0.collation = name } }


    /// What Postgres calls this key when it names an index: the column, the function of a function-call
    /// expression (`lower(email)` → `lower`), or `expr`.
    var defaultNamePart: String {
        if isColumn { return expression }
        let scalars = Array(expression.unicodeScalars.drop { $0 == " " })
        let isIdentifierScalar = { (scalar: Unicode.Scalar) in
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
                || scalar == "_"
        }
        let name = scalars.prefix(while: isIdentifierScalar)
        let rest = scalars.dropFirst(name.count).drop { $0 == " " }
        guard let first = name.first, !("0"..."9").contains(first), rest.first == "(" else { return "expr" }
        return String(String.UnicodeScalarView(name)).lowercased()
    }

    var catalogKey: IndexKey {
        // Postgres reports NULLS FIRST/LAST only when it differs from the default for the ordering.
        let nulls = nullsFirstOrder.flatMap { $0 == isDescending ? nil : $0 }
        return IndexKey(
            expression: expression, isColumn: isColumn, operatorClass: operatorClass.map(quoteIdentifier),
            descending: isDescending, nullsFirst: nulls, collation: collation.map(quoteIdentifier))
    }
}

/// An index on the enclosing table (or, at the top level, on `table:`).
///
/// ```swift
/// Index("posts_org_slug", on: "organization_id", "slug").unique()
/// Index(on: "organization_id").where("deleted_at IS NULL").including("title")
/// Index("posts_metadata", on: "metadata").using(.gin).concurrently()
/// ```
public struct Index: Sendable {
    let explicitName: String?
    let parts: [IndexPart]
    let location: SourceLocation
    /// Set for an index declared outside its table's body.
    var table: TableReference?
    var method = IndexMethod.btree
    var isUnique = false
    var includedColumns: [String] = []
    var predicate: String?
    var storageParameters: [String] = []
    var isNullsNotDistinct = false
    var isConcurrent = false
    var comment: String?
    var oldName: String?

    /// An index named `name` (default: Postgres's `<table>_<columns>_idx`) on `parts`.
    public init(_ name: String? = nil, on parts: IndexPart..., fileID: String = #fileID, line: Int = #line) {
        self.explicitName = name
        self.parts = parts
        self.location = SourceLocation(fileID: fileID, line: line)
    }

    /// An index declared outside its table's body, e.g. next to a materialized view.
    public init(
        _ name: String? = nil, table: TableReference, on parts: IndexPart..., fileID: String = #fileID,
        line: Int = #line
    ) {
        self.explicitName = name
        self.parts = parts
        self.location = SourceLocation(fileID: fileID, line: line)
        self.table = table
    }

    /// `CREATE UNIQUE INDEX`.
    public func unique() -> Index { with { $0.isUnique = true } }

    /// `USING method`, e.g. `.gin` for jsonb or arrays.
    public func using(_ method: IndexMethod) -> Index { with { $0.method = method } }

    /// `INCLUDE (columns)`: a covering index that can answer queries without visiting the table.
    public func including(_ columns: String...) -> Index { with { $0.includedColumns = columns } }

    /// A partial index over the rows where `predicate` (SQL) holds, e.g. `deleted_at IS NULL`.
    public func `where`(_ predicate: String) -> Index { with { $0.predicate = predicate } }

    /// `WITH (parameter)` storage parameters such as `fillfactor=70`.
    public func storageParameters(_ parameters: String...) -> Index { with { $0.storageParameters = parameters } }

    /// `NULLS NOT DISTINCT` for a unique index (Postgres 15+).
    public func nullsNotDistinct() -> Index { with { $0.isNullsNotDistinct = true } }

    /// Hint: create this index `CONCURRENTLY` (outside a transaction, without blocking writes).
    public func concurrently() -> Index { with { $0.isConcurrent = true } }

    /// `COMMENT ON INDEX`.
    public func comment(_ text: String) -> Index { with { $0.comment = text } }

    /// Rename hint: the index used to be called `oldName`.
    public func renamed(from oldName: String) -> Index { with { $0.oldName = oldName } }


    /// The explicit name, or Postgres's default `<table>_<columns>_idx`.
    func name(table: String) -> String { explicitName ?? defaultName(table: table) }

    /// Postgres's name for this index if unnamed; `columnNames` maps column names as in
    /// `TableConstraint.defaultName`.
    func defaultName(table: String, columnNames: (String) -> String = { $0 }) -> String {
        let parts = parts.map { $0.isColumn ? columnNames($0.expression) : $0.defaultNamePart }
        return ConstraintNaming.name(table: table, columns: parts, label: "idx")
    }

    func catalogIndex(on table: QualifiedName) -> CatalogIndex {
        CatalogIndex(
            name: name(table: table.name), table: table, method: method.name, isUnique: isUnique,
            keys: parts.map(\.catalogKey), includedColumns: includedColumns, predicate: predicate,
            storageParameters: storageParameters, nullsNotDistinct: isNullsNotDistinct, comment: comment)
    }
}
