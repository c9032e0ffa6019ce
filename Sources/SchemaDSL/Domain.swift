import Catalog

/// A domain: a base type with constraints, usable as a column type with `.domain(name, schema:)`.
///
/// ```swift
/// Domain("email", schema: "app", .text).check("email_has_at", "VALUE LIKE '%@%'")
/// ```
public struct Domain: Sendable {
    let name: QualifiedName
    let baseType: ColumnType
    let location: SourceLocation
    /// Grants, revokes and owner (see `Grantable`).
    public var access = Access()
    var isNotNull = false
    var defaultValue: ColumnDefault?
    var collation: String?
    var checks: [(name: String, expression: String, notValid: Bool, comment: String?)] = []
    var comment: String?

    /// A domain `name` in `schema` over `baseType`.
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

    /// `CONSTRAINT name CHECK (expression)`; the expression (SQL) refers to the value as `VALUE`. With `notValid`, it
    /// is added `NOT VALID`: values already stored in columns of the domain are not checked (new ones are).
    /// `comment` becomes `COMMENT ON CONSTRAINT name ON DOMAIN`.
    public func check(_ name: String, _ expression: String, notValid: Bool = false, comment: String? = nil) -> Domain {
        with { $0.checks.append((name, expression, notValid, comment)) }
    }

    /// `COMMENT ON DOMAIN`.
    public func comment(_ text: String) -> Domain { with { $0.comment = text } }


    var catalogDomain: CatalogDomain {
        CatalogDomain(
            name: name, baseType: baseType.sql, collation: collation, defaultExpression: defaultValue?.sql,
            isNotNull: isNotNull,
            checks: checks.map { check in
                DomainCheck(
                    name: check.name, definition: "CHECK (\(check.expression))" + (check.notValid ? " NOT VALID" : ""),
                    isValidated: !check.notValid, comment: check.comment)
            },
            comment: comment)
    }
}
