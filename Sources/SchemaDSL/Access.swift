import Catalog

/// The grants, revokes (of Postgres's default privileges) and owner declared on a DSL object.
///
/// Build it with the modifiers of `Grantable` and `Ownable`; the values are read when the catalog is assembled.
public struct Access: Hashable, Sendable {
    var grants: [PrivilegeGrant] = []
    var revokes: [PrivilegeGrant] = []
    var owner: String?
    var location: SourceLocation?
    /// Declarations that cannot be turned into grants (no privileges, an empty column list), for validation.
    var mistakes: [String] = []

    /// The catalog form: grants and revokes relative to the default ACL, duplicates removed.
    var privileges: Privileges { Privileges(granted: Array(Set(grants)), revoked: Array(Set(revokes))) }

    /// `PUBLIC` in any spelling becomes `PrivilegeGrant.everyone`.
    static func grantee(_ name: String) -> String {
        name.uppercased() == PrivilegeGrant.everyone ? PrivilegeGrant.everyone : name
    }
}

/// A DSL object that takes `GRANT`s: schemas, tables, views, sequences, functions, types, and
/// `DefaultPrivileges`.
///
/// ```swift
/// Table("orders") { … }
///     .grant(.select, .insert, to: "app_user")
///     .grant(.select, columns: ["id", "total"], to: "reporting", withGrantOption: true)
/// Function("recalculate", …).revoke(.execute, from: "PUBLIC").grant(.execute, to: "app_user")
/// ```
public protocol Grantable: Sendable {
    /// What has been declared so far; set through the modifiers.
    var access: Access { get set }
}

extension Grantable {
    /// `GRANT privileges ON object TO grantee [WITH GRANT OPTION]`; `grantee` is a role name or `"PUBLIC"`.
    public func grant(
        _ privileges: Privilege..., to grantee: String, withGrantOption: Bool = false, fileID: String = #fileID,
        line: Int = #line
    ) -> Self {
        adding(privileges, columns: [nil], to: grantee, withGrantOption: withGrantOption, fileID: fileID, line: line)
    }

    /// Column privileges of a table or view: `GRANT SELECT (a, b) ON t TO grantee`.
    public func grant(
        _ privileges: Privilege..., columns: [String], to grantee: String, withGrantOption: Bool = false,
        fileID: String = #fileID, line: Int = #line
    ) -> Self {
        adding(privileges, columns: columns, to: grantee, withGrantOption: withGrantOption, fileID: fileID, line: line)
    }

    /// Takes away a privilege Postgres grants by default, e.g. `.revoke(.execute, from: "PUBLIC")` on a function or
    /// `.revoke(.usage, from: "PUBLIC")` on a type. (A privilege you granted is removed by not granting it.)
    public func revoke(
        _ privileges: Privilege..., from grantee: String, fileID: String = #fileID, line: Int = #line
    ) -> Self {
        var copy = self
        if privileges.isEmpty { copy.access.mistakes.append("a revoke from \(grantee) names no privilege") }
        copy.access.revokes += privileges.map { PrivilegeGrant(grantee: Access.grantee(grantee), privilege: $0) }
        copy.access.location = copy.access.location ?? SourceLocation(fileID: fileID, line: line)
        return copy
    }

    private func adding(
        _ privileges: [Privilege], columns: [String?], to grantee: String, withGrantOption: Bool, fileID: String,
        line: Int
    ) -> Self {
        var copy = self
        for column in columns {
            copy.access.grants += privileges.map {
                PrivilegeGrant(
                    grantee: Access.grantee(grantee), privilege: $0, withGrantOption: withGrantOption, column: column)
            }
        }
        if privileges.isEmpty { copy.access.mistakes.append("a grant to \(grantee) names no privilege") }
        if columns.isEmpty { copy.access.mistakes.append("a column grant to \(grantee) names no column") }
        copy.access.location = copy.access.location ?? SourceLocation(fileID: fileID, line: line)
        return copy
    }
}

/// A DSL object with an owner, set only when the project manages owners (`--owners`).
public protocol Ownable: Grantable {}

extension Ownable {
    /// `ALTER … OWNER TO role`, applied and compared only with `--owners`.
    public func owner(_ role: String) -> Self {
        var copy = self
        copy.access.owner = role
        return copy
    }
}

extension Function {
    /// `REVOKE EXECUTE ON FUNCTION … FROM PUBLIC`: only roles granted `EXECUTE` may call it.
    public func revokeExecuteFromPublic(fileID: String = #fileID, line: Int = #line) -> Function {
        revoke(.execute, from: PrivilegeGrant.everyone, fileID: fileID, line: line)
    }
}

/// `ALTER DEFAULT PRIVILEGES FOR ROLE role [IN SCHEMA schema] GRANT|REVOKE … ON TABLES|…`: privileges objects
/// `role` creates later get.
///
/// ```swift
/// DefaultPrivileges(for: "migrator", in: "app", on: .tables).grant(.select, to: "reporting")
/// DefaultPrivileges(for: "migrator", on: .functions).revoke(.execute, from: "PUBLIC")
/// ```
public struct DefaultPrivileges: Grantable {
    let role: String
    let schema: String?
    let objectType: DefaultPrivilegesObjectType
    let location: SourceLocation
    public var access = Access()

    /// Default privileges for objects `role` creates (in `schema`, or anywhere) of kind `objectType`.
    public init(
        for role: String, in schema: String? = nil, on objectType: DefaultPrivilegesObjectType,
        fileID: String = #fileID, line: Int = #line
    ) {
        self.role = role
        self.schema = schema
        self.objectType = objectType
        self.location = SourceLocation(fileID: fileID, line: line)
    }

    var catalogEntry: CatalogDefaultPrivileges {
        CatalogDefaultPrivileges(role: role, schema: schema, objectType: objectType, privileges: access.privileges)
    }
}

extension Schema: Ownable {}
extension Table: Ownable {}
extension View: Ownable {}
extension DatabaseSequence: Ownable {}
extension Function: Ownable {}
extension Enum: Ownable {}
extension CompositeType: Ownable {}
extension Domain: Ownable {}
