import Catalog
import SQLSyntax

/// Whether a constraint is checked at the end of the statement or may be deferred to commit.
public enum Deferrability: Hashable, Sendable {
    case notDeferrable
    /// `DEFERRABLE INITIALLY IMMEDIATE`: checked per statement unless a transaction defers it.
    case deferrable
    /// `DEFERRABLE INITIALLY DEFERRED`: checked at commit.
    case initiallyDeferred

    var sql: String {
        switch self {
        case .notDeferrable: ""
        case .deferrable: " DEFERRABLE"
        case .initiallyDeferred: " DEFERRABLE INITIALLY DEFERRED"
        }
    }
}

/// A constraint of a table, declared on a column or in the table body.
enum TableConstraint: Sendable {
    case primaryKey(PrimaryKey)
    case unique(Unique)
    case foreignKey(ForeignKey)
    case check(Check)
    case exclusion(Exclusion)
}

/// A (possibly composite) primary key: `PrimaryKey("post_id", "tag_id")`, named `<table>_pkey` by default.
/// Its columns become NOT NULL.
public struct PrimaryKey: Sendable {
    let columns: [String]
    let name: String?
    let location: SourceLocation
    var deferrability = Deferrability.notDeferrable
    var comment: String?
    var oldName: String?

    init(columns: [String], name: String?, location: SourceLocation) {
        self.columns = columns
        self.name = name
        self.location = location
    }

    /// A primary key over `columns`, named `<table>_pkey` unless `name` is given.
    public init(_ columns: String..., name: String? = nil, fileID: String = #fileID, line: Int = #line) {
        self.init(columns: columns, name: name, location: SourceLocation(fileID: fileID, line: line))
    }

    /// `DEFERRABLE` or `DEFERRABLE INITIALLY DEFERRED`.
    public func deferrable(_ deferrability: Deferrability = .deferrable) -> PrimaryKey {
        with { $0.deferrability = deferrability }
    }

    /// `COMMENT ON CONSTRAINT`.
    public func comment(_ text: String) -> PrimaryKey {
        with { $0.comment = text }
    }

    /// Rename hint: the constraint used to be called `oldName`.
    public func renamed(from oldName: String) -> PrimaryKey {
        with { $0.oldName = oldName }
    }
}

/// A UNIQUE constraint over one or more columns, named `<table>_<columns>_key` by default.
public struct Unique: Sendable {
    let columns: [String]
    let name: String?
    let location: SourceLocation
    var isNullsNotDistinct = false
    var deferrability = Deferrability.notDeferrable
    var comment: String?
    var oldName: String?

    init(columns: [String], name: String?, location: SourceLocation) {
        self.columns = columns
        self.name = name
        self.location = location
    }

    /// A UNIQUE constraint over `columns`, named `<table>_<columns>_key` unless `name` is given.
    public init(_ columns: String..., name: String? = nil, fileID: String = #fileID, line: Int = #line) {
        self.init(columns: columns, name: name, location: SourceLocation(fileID: fileID, line: line))
    }

    /// `UNIQUE NULLS NOT DISTINCT`: rows whose keys are both NULL count as duplicates (Postgres 15+).
    public func nullsNotDistinct(_ value: Bool = true) -> Unique {
        with { $0.isNullsNotDistinct = value }
    }

    /// `DEFERRABLE` or `DEFERRABLE INITIALLY DEFERRED`.
    public func deferrable(_ deferrability: Deferrability = .deferrable) -> Unique {
        with { $0.deferrability = deferrability }
    }

    /// `COMMENT ON CONSTRAINT`.
    public func comment(_ text: String) -> Unique {
        with { $0.comment = text }
    }

    /// Rename hint: the constraint used to be called `oldName`.
    public func renamed(from oldName: String) -> Unique {
        with { $0.oldName = oldName }
    }
}

/// A foreign key from columns of this table to columns of another (or the same) table.
///
/// ```swift
/// ForeignKey("parent_id", references: Comments.id, onDelete: .cascade)
/// ForeignKey(["org_id", "post_id"], references: [Posts.organizationID, Posts.id])
/// ```
public struct ForeignKey: Sendable {
    let columns: [String]
    let target: [TableColumn]
    let onDelete: ReferentialAction
    let onUpdate: ReferentialAction
    let deferrability: Deferrability
    let name: String?
    let location: SourceLocation
    var match = ForeignKeyMatch.simple
    var comment: String?
    var isNotValid = false
    var oldName: String?

    /// A foreign key from `columns` to the same number of `target` columns of one table.
    public init(
        _ columns: [String], references target: [TableColumn], onDelete: ReferentialAction = .noAction,
        onUpdate: ReferentialAction = .noAction, deferrable: Deferrability = .notDeferrable, name: String? = nil,
        fileID: String = #fileID, line: Int = #line
    ) {
        self.columns = columns
        self.target = target
        self.onDelete = onDelete
        self.onUpdate = onUpdate
        self.deferrability = deferrable
        self.name = name
        self.location = SourceLocation(fileID: fileID, line: line)
    }

    /// A single-column foreign key.
    public init(
        _ column: String, references target: TableColumn, onDelete: ReferentialAction = .noAction,
        onUpdate: ReferentialAction = .noAction, deferrable: Deferrability = .notDeferrable, name: String? = nil,
        fileID: String = #fileID, line: Int = #line
    ) {
        self.init(
            [column], references: [target], onDelete: onDelete, onUpdate: onUpdate, deferrable: deferrable,
            name: name, fileID: fileID, line: line)
    }

    /// `MATCH FULL`: a composite key with some NULL columns must be entirely NULL.
    public func matchFull() -> ForeignKey {
        with { $0.match = .full }
    }

    /// `COMMENT ON CONSTRAINT`.
    public func comment(_ text: String) -> ForeignKey {
        with { $0.comment = text }
    }

    /// `NOT VALID`: existing rows are not checked (new and updated rows are); `VALIDATE CONSTRAINT` later checks them.
    public func notValid(_ value: Bool = true) -> ForeignKey {
        with { $0.isNotValid = value }
    }

    /// Rename hint: the constraint used to be called `oldName`.
    public func renamed(from oldName: String) -> ForeignKey {
        with { $0.oldName = oldName }
    }

    /// The referenced table (all target columns must belong to one table; validation reports otherwise).
    var referencedTable: QualifiedName? { target.first?.table }
}

/// A CHECK constraint; `expression` is SQL. `Check("posts_version_positive", "version > 0")`.
public struct Check: Sendable {
    let name: String?
    let expression: String
    let location: SourceLocation
    /// The column it was declared on, which names it `<table>_<column>_check`.
    var column: String?
    var noInherit = false
    var comment: String?
    var isNotValid = false
    var oldName: String?

    init(name: String?, expression: String, location: SourceLocation) {
        self.name = name
        self.expression = expression
        self.location = location
    }

    /// A CHECK constraint `name` with the SQL boolean `expression`.
    public init(_ name: String, _ expression: String, fileID: String = #fileID, line: Int = #line) {
        self.init(name: name, expression: expression, location: SourceLocation(fileID: fileID, line: line))
    }

    /// `NO INHERIT`: not enforced on child tables.
    public func noInherit(_ value: Bool = true) -> Check {
        with { $0.noInherit = value }
    }

    /// `COMMENT ON CONSTRAINT`.
    public func comment(_ text: String) -> Check {
        with { $0.comment = text }
    }

    /// `NOT VALID`: existing rows are not checked (new and updated rows are); `VALIDATE CONSTRAINT` later checks them.
    public func notValid(_ value: Bool = true) -> Check {
        with { $0.isNotValid = value }
    }

    /// Rename hint: the constraint used to be called `oldName`.
    public func renamed(from oldName: String) -> Check {
        with { $0.oldName = oldName }
    }
}

/// An exclusion constraint: no two rows may have all elements compare true with their operators.
///
/// ```swift
/// Exclusion("bookings_no_overlap", using: .gist, .column("room_id", with: "="), .column("during", with: "&&"))
/// ```
public struct Exclusion: Sendable {
    /// One `element WITH operator` pair.
    public struct Element: Sendable {
        let expression: String
        let isColumn: Bool
        let operatorName: String

        /// A column compared with `operatorName` (e.g. `=`, `&&`).
        public static func column(_ name: String, with operatorName: String) -> Element {
            Element(expression: name, isColumn: true, operatorName: operatorName)
        }

        /// A SQL expression compared with `operatorName`.
        public static func expression(_ sql: String, with operatorName: String) -> Element {
            Element(expression: sql, isColumn: false, operatorName: operatorName)
        }

        var sql: String { (isColumn ? quoteIdentifier(expression) : "(\(expression))") + " WITH " + operatorName }
    }

    let name: String
    let method: IndexMethod
    let elements: [Element]
    let location: SourceLocation
    var predicate: String?
    var deferrability = Deferrability.notDeferrable
    var comment: String?
    var oldName: String?

    /// An exclusion constraint `name` using an index `method` (usually `.gist`) over `elements`.
    public init(
        _ name: String, using method: IndexMethod = .gist, _ elements: Element..., fileID: String = #fileID,
        line: Int = #line
    ) {
        self.name = name
        self.method = method
        self.elements = elements
        self.location = SourceLocation(fileID: fileID, line: line)
    }

    /// `WHERE (predicate)`: the constraint covers only matching rows; SQL.
    public func `where`(_ predicate: String) -> Exclusion {
        with { $0.predicate = predicate }
    }

    /// `DEFERRABLE` or `DEFERRABLE INITIALLY DEFERRED`.
    public func deferrable(_ deferrability: Deferrability = .deferrable) -> Exclusion {
        with { $0.deferrability = deferrability }
    }

    /// `COMMENT ON CONSTRAINT`.
    public func comment(_ text: String) -> Exclusion {
        with { $0.comment = text }
    }

    /// Rename hint: the constraint used to be called `oldName`.
    public func renamed(from oldName: String) -> Exclusion {
        with { $0.oldName = oldName }
    }
}
