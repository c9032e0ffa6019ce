import Catalog

/// A composite type: `CompositeType("address", schema: "app", ["street": .text, "city": .text])`.
public struct CompositeType: Sendable {
    let name: QualifiedName
    let attributes: [(name: String, type: ColumnType)]
    let location: SourceLocation
    /// Grants, revokes and owner (see `Grantable`).
    public var access = Access()
    var comment: String?
    /// Attribute name → `COMMENT ON COLUMN type.attribute`.
    var attributeComments: [String: String] = [:]

    /// A composite type `name` in `schema` with `attributes` in order.
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
        with { $0.comment = text }
    }

    /// `COMMENT ON COLUMN type.attribute`; the attribute must be one of the type's.
    public func comment(_ text: String, attribute: String) -> CompositeType {
        with { $0.attributeComments[attribute] = text }
    }

    var catalogType: CatalogCompositeType {
        CatalogCompositeType(
            name: name,
            attributes: attributes.map {
                CatalogCompositeType.Attribute(name: $0.name, type: $0.type.sql, comment: attributeComments[$0.name])
            },
            comment: comment)
    }
}
