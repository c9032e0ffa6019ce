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
    /// Grants, revokes and owner (see `Grantable`).
    public var access = Access()
    var comment: String?
    var oldLabels: [String: String] = [:]

    /// An enum `name` in `schema` with `labels`, in sort order.
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
        with { $0.oldLabels[label] = oldLabel }
    }

    /// `COMMENT ON TYPE`.
    public func comment(_ text: String) -> Enum {
        with { $0.comment = text }
    }

    var catalogEnum: EnumType { EnumType(name: name, labels: labels, comment: comment) }
}
