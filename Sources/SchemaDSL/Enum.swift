import Catalog

/// A Postgres enum type, from a Swift enum (`Enum(PostStatus.self)`) or from labels.
///
/// ```swift
/// Enum("member_role", schema: "app", labels: "owner", "admin", "member")
///     .renamedLabel("member", from: "user")
/// ```
public struct Enum: Sendable {
    let name: QualifiedName
    let labels: [String]
    let location: SourceLocation
    var comment: String?
    var oldLabels: [String: String] = [:]

    public init(
        _ name: String, schema: String = "public", labels: String..., fileID: String = #fileID, line: Int = #line
    ) {
        self.name = QualifiedName(schema, name)
        self.labels = labels
        self.location = SourceLocation(fileID: fileID, line: line)
    }

    /// The enum declared by a Swift `DatabaseEnum`: its name, schema, and raw values as labels.
    public init<E: DatabaseEnum>(_ type: E.Type, fileID: String = #fileID, line: Int = #line) {
        self.name = QualifiedName(E.schemaName, E.enumName)
        self.labels = E.labels
        self.location = SourceLocation(fileID: fileID, line: line)
    }

    /// Rename hint: `label` used to be `oldLabel`, so the diff emits `RENAME VALUE`.
    public func renamedLabel(_ label: String, from oldLabel: String) -> Enum {
        var copy = self
        copy.oldLabels[label] = oldLabel
        return copy
    }

    /// `COMMENT ON TYPE`.
    public func comment(_ text: String) -> Enum {
        var copy = self
        copy.comment = text
        return copy
    }

    var catalogEnum: EnumType { EnumType(name: name, labels: labels, comment: comment) }
}

/// A domain: a base type with constraints, usable as a column type with `.domain(name, schema:)`.
///
/// ```swift
/// Domain("email", schema: "app", .text).check("email_has_at", "VALUE LIKE '%@%'")
/// ```
public struct Domain: Sendable {
    let name: QualifiedName
    let baseType: ColumnType
    let location: SourceLocation
    var isNotNull = false
    var defaultValue: ColumnDefault?
    var collation: String?
    var checks: [(name: String, expression: String)] = []
    var comment: String?

    public init(
        _ name: String, schema: String = "public", _ baseType: ColumnType, fileID: String = #fileID, line: Int = #line
    ) {
        self.name = QualifiedName(schema, name)
        self.baseType = baseType
        self.location = SourceLocation(fileID: fileID, line: line)
    }

    /// `NOT NULL`.
    public func notNull() -> Domain { with { $0.isNotNull = true } }

    /// `DEFAULT …`.
    public func `default`(_ value: ColumnDefault) -> Domain { with { $0.defaultValue = value } }

    /// `COLLATE "name"`.
    public func collation(_ name: String) -> Domain { with { $0.collation = name } }

    /// `CONSTRAINT name CHECK (expression)`; the expression (SQL) refers to the value as `VALUE`.
    public func check(_ name: String, _ expression: String) -> Domain { with { $0.checks.append((name, expression)) } }

    /// `COMMENT ON DOMAIN`.
    public func comment(_ text: String) -> Domain { with { $0.comment = text } }

    private func with(_ change: (inout Domain) -> Void) -> Domain {
        var copy = self
        change(&copy)
        return copy
    }

    var catalogDomain: CatalogDomain {
        CatalogDomain(
            name: name, baseType: baseType.sql, collation: collation, defaultExpression: defaultValue?.sql,
            isNotNull: isNotNull,
            checks: checks.map { DomainCheck(name: $0.name, definition: "CHECK (\($0.expression))") },
            comment: comment)
    }
}

/// A composite type: `CompositeType("address", schema: "app", ["street": .text, "city": .text])`.
public struct CompositeType: Sendable {
    let name: QualifiedName
    let attributes: [(name: String, type: ColumnType)]
    let location: SourceLocation
    var comment: String?

    public init(
        _ name: String, schema: String = "public", _ attributes: KeyValuePairs<String, ColumnType>,
        fileID: String = #fileID, line: Int = #line
    ) {
        self.name = QualifiedName(schema, name)
        self.attributes = attributes.map { ($0.key, $0.value) }
        self.location = SourceLocation(fileID: fileID, line: line)
    }

    /// `COMMENT ON TYPE`.
    public func comment(_ text: String) -> CompositeType {
        var copy = self
        copy.comment = text
        return copy
    }

    var catalogType: CatalogCompositeType {
        CatalogCompositeType(
            name: name, attributes: attributes.map { CatalogCompositeType.Attribute(name: $0.name, type: $0.type.sql) },
            comment: comment)
    }
}
