/// An enum type with its labels in sort order.
public struct EnumType: Hashable, Codable, Sendable {
    public var name: QualifiedName
    public var labels: [String]
    public var comment: String?

    // MARK: - Ownership and privileges
    /// The owning role; `nil` when unknown or not managed (a desired schema without owners).
    public var owner: String?
    /// Grants and revokes relative to the default ACL.
    public var privileges: Privileges

    public init(name: QualifiedName, labels: [String], comment: String? = nil, owner: String? = nil, privileges: Privileges = Privileges()) {
        self.name = name
        self.labels = labels
        self.comment = comment
        self.owner = owner
        self.privileges = privileges
    }
}

/// A domain: a base type with an optional default, NOT NULL and named CHECK constraints.
public struct Domain: Hashable, Codable, Sendable {
    public var name: QualifiedName
    /// The base type as `format_type` prints it.
    public var baseType: String
    public var collation: String?
    public var defaultExpression: String?
    public var isNotNull: Bool
    public var checks: [DomainCheck]
    public var comment: String?

    // MARK: - Ownership and privileges
    /// The owning role; `nil` when unknown or not managed (a desired schema without owners).
    public var owner: String?
    /// Grants and revokes relative to the default ACL.
    public var privileges: Privileges

    public init(
        name: QualifiedName, baseType: String, collation: String? = nil, defaultExpression: String? = nil,
        isNotNull: Bool = false, checks: [DomainCheck] = [], comment: String? = nil
    , owner: String? = nil, privileges: Privileges = Privileges()) {
        self.name = name
        self.baseType = baseType
        self.collation = collation
        self.defaultExpression = defaultExpression
        self.isNotNull = isNotNull
        self.checks = checks
        self.comment = comment
        self.owner = owner
        self.privileges = privileges
    }
}

/// A named CHECK constraint of a domain; `definition` as `pg_get_constraintdef` prints it, e.g. `CHECK ((VALUE > 0))`.
public struct DomainCheck: Hashable, Codable, Sendable {
    public var name: String
    public var definition: String
    public var isValidated: Bool
    public var comment: String?

    public init(name: String, definition: String, isValidated: Bool = true, comment: String? = nil) {
        self.name = name
        self.definition = definition
        self.isValidated = isValidated
        self.comment = comment
    }
}

/// A composite type (`CREATE TYPE … AS (…)`).
public struct CompositeType: Hashable, Codable, Sendable {
    public var name: QualifiedName
    public var attributes: [Attribute]
    public var comment: String?

    // MARK: - Ownership and privileges
    /// The owning role; `nil` when unknown or not managed (a desired schema without owners).
    public var owner: String?
    /// Grants and revokes relative to the default ACL.
    public var privileges: Privileges

    public init(name: QualifiedName, attributes: [Attribute], comment: String? = nil, owner: String? = nil, privileges: Privileges = Privileges()) {
        self.name = name
        self.attributes = attributes
        self.comment = comment
        self.owner = owner
        self.privileges = privileges
    }

    /// One field of a composite type.
    public struct Attribute: Hashable, Codable, Sendable {
        public var name: String
        public var type: String
        public var collation: String?
        public var comment: String?

        public init(name: String, type: String, collation: String? = nil, comment: String? = nil) {
            self.name = name
            self.type = type
            self.collation = collation
            self.comment = comment
        }
    }
}

/// A standalone sequence (identity sequences belong to their column).
public struct SequenceDefinition: Hashable, Codable, Sendable {
    public var name: QualifiedName
    /// `smallint`, `integer` or `bigint`.
    public var dataType: String
    public var options: SequenceOptions
    /// `OWNED BY table.column`.
    public var ownedBy: ColumnReference?
    public var comment: String?

    // MARK: - Ownership and privileges
    /// The owning role; `nil` when unknown or not managed (a desired schema without owners).
    public var owner: String?
    /// Grants and revokes relative to the default ACL.
    public var privileges: Privileges

    public init(
        name: QualifiedName, dataType: String = "bigint", options: SequenceOptions = SequenceOptions(),
        ownedBy: ColumnReference? = nil, comment: String? = nil
    , owner: String? = nil, privileges: Privileges = Privileges()) {
        self.name = name
        self.dataType = dataType
        self.options = options
        self.ownedBy = ownedBy
        self.comment = comment
        self.owner = owner
        self.privileges = privileges
    }
}

/// A column of a table or view; `column == nil` means the relation as a whole.
public struct ColumnReference: Hashable, Codable, Sendable, Comparable {
    public var relation: QualifiedName
    public var column: String?

    public init(relation: QualifiedName, column: String? = nil) {
        self.relation = relation
        self.column = column
    }

    public static func < (lhs: ColumnReference, rhs: ColumnReference) -> Bool {
        (lhs.relation, lhs.column ?? "") < (rhs.relation, rhs.column ?? "")
    }
}
