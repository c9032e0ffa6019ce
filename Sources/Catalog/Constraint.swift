/// A table constraint. `definition` is the text after `ADD CONSTRAINT name`, as `pg_get_constraintdef` prints it
/// (including `NOT VALID`, `DEFERRABLE …`); the structured `kind` says what it means.
public struct Constraint: Hashable, Codable, Sendable {
    public var name: String
    public var kind: Kind
    /// e.g. `FOREIGN KEY (author_id) REFERENCES app.users(id) ON DELETE CASCADE`, `CHECK ((price > 0))`.
    public var definition: String
    public var isDeferrable: Bool
    public var isInitiallyDeferred: Bool
    /// False for a constraint added `NOT VALID` and not yet validated.
    public var isValidated: Bool
    public var comment: String?

    public init(
        name: String, kind: Kind, definition: String, isDeferrable: Bool = false, isInitiallyDeferred: Bool = false,
        isValidated: Bool = true, comment: String? = nil
    ) {
        self.name = name
        self.kind = kind
        self.definition = definition
        self.isDeferrable = isDeferrable
        self.isInitiallyDeferred = isInitiallyDeferred
        self.isValidated = isValidated
        self.comment = comment
    }

    public enum Kind: Hashable, Codable, Sendable {
        case primaryKey(columns: [String])
        case unique(columns: [String], nullsNotDistinct: Bool)
        case foreignKey(ForeignKey)
        /// `expression` as printed inside `CHECK (…)`.
        case check(expression: String, noInherit: Bool)
        /// `elements` such as `room WITH =`, `during WITH &&`; `method` such as `gist`.
        case exclusion(method: String, elements: [String], predicate: String?)
    }
}

/// The structure of a foreign key constraint.
public struct ForeignKey: Hashable, Codable, Sendable {
    public var columns: [String]
    public var referencedTable: QualifiedName
    public var referencedColumns: [String]
    public var onDelete: ReferentialAction
    public var onUpdate: ReferentialAction
    public var match: MatchType

    public init(
        columns: [String], referencedTable: QualifiedName, referencedColumns: [String],
        onDelete: ReferentialAction = .noAction, onUpdate: ReferentialAction = .noAction, match: MatchType = .simple
    ) {
        self.columns = columns
        self.referencedTable = referencedTable
        self.referencedColumns = referencedColumns
        self.onDelete = onDelete
        self.onUpdate = onUpdate
        self.match = match
    }

    public enum ReferentialAction: String, Hashable, Codable, Sendable {
        case noAction = "NO ACTION"
        case restrict = "RESTRICT"
        case cascade = "CASCADE"
        case setNull = "SET NULL"
        case setDefault = "SET DEFAULT"
    }

    public enum MatchType: String, Hashable, Codable, Sendable {
        case simple = "SIMPLE"
        case full = "FULL"
        case partial = "PARTIAL"
    }
}
