import Catalog

/// A schema (namespace): `Schema("app").comment("Application tables")`.
public struct Schema: Sendable {
    let name: String
    let location: SourceLocation
    /// Grants, revokes and owner (see `Grantable`).
    public var access = Access()
    var comment: String?
    var oldName: String?

    /// The schema `name`; `public` exists already and need not be declared.
    public init(_ name: String, fileID: String = #fileID, line: Int = #line) {
        self.name = name
        self.location = SourceLocation(fileID: fileID, line: line)
    }

    /// `COMMENT ON SCHEMA`.
    public func comment(_ text: String) -> Schema {
        with { $0.comment = text }
    }

    /// Rename hint: the schema used to be called `oldName`.
    public func renamed(from oldName: String) -> Schema {
        with { $0.oldName = oldName }
    }
}

/// An extension: `Extension("pgcrypto")`, optionally pinned to a schema and version.
public struct Extension: Sendable {
    let name: String
    let schema: String
    let version: String?
    let location: SourceLocation

    /// The extension `name`, installed into `schema`, at `version` (default: the server's default version).
    public init(
        _ name: String, schema: String = "public", version: String? = nil, fileID: String = #fileID, line: Int = #line
    ) {
        self.name = name
        self.schema = schema
        self.version = version
        self.location = SourceLocation(fileID: fileID, line: line)
    }
}

/// A role the schema needs (e.g. in policies' `to:`). Roles belong to the whole cluster, not to one database, so they
/// are not created by migrations: `Role` documents the prerequisite, and loading the schema checks that it exists.
public struct Role: Sendable {
    let name: String
    let location: SourceLocation

    /// A role the schema needs, by name.
    public init(_ name: String, fileID: String = #fileID, line: Int = #line) {
        self.name = name
        self.location = SourceLocation(fileID: fileID, line: line)
    }
}
