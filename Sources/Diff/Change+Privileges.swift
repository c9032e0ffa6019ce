import Catalog
import SQLSyntax

/// The object a `GRANT`/`REVOKE` is about.
public enum PrivilegeTarget: Hashable, Sendable {
    case schema(String)
    /// A table, view or materialized view (`ON TABLE` covers them all).
    case table(QualifiedName)
    case sequence(QualifiedName)
    case function(FunctionSignature)
    /// An enum or composite type.
    case type(QualifiedName)
    case domain(QualifiedName)

    /// `SCHEMA "app"`, `TABLE "app"."users"`, `FUNCTION "app"."f"(integer)`, …
    public var sql: String {
        switch self {
        case .schema(let name): return "SCHEMA \(quoteIdentifier(name))"
        case .table(let name): return "TABLE \(name.sql)"
        case .sequence(let name): return "SEQUENCE \(name.sql)"
        case .function(let signature): return "\(signature.kind.rawValue) \(signature.sql)"
        case .type(let name): return "TYPE \(name.sql)"
        case .domain(let name): return "DOMAIN \(name.sql)"
        }
    }
}

/// The privileges, columns and grantee of one `GRANT` or `REVOKE`.
///
/// With `grantOption`, a grant adds `WITH GRANT OPTION` and a revoke takes back only the option
/// (`REVOKE GRANT OPTION FOR`).
public struct PrivilegeStatement: Hashable, Sendable {
    public var privileges: [Privilege]
    /// Column privileges when not empty (`SELECT ("a", "b")`).
    public var columns: [String]
    /// A role name, or `PrivilegeGrant.everyone` for `PUBLIC`.
    public var grantee: String
    public var grantOption: Bool

    public init(privileges: [Privilege], columns: [String] = [], grantee: String, grantOption: Bool = false) {
        self.privileges = privileges
        self.columns = columns
        self.grantee = grantee
        self.grantOption = grantOption
    }

    /// `SELECT, INSERT` or `SELECT ("a", "b")`.
    var privilegeList: String {
        let columnList = columns.isEmpty ? "" : " (" + columns.map(quoteIdentifier).joined(separator: ", ") + ")"
        return privileges.map { $0.rawValue + columnList }.joined(separator: ", ")
    }

    /// `PUBLIC` as the keyword, any role name quoted.
    var granteeSQL: String { grantee == PrivilegeGrant.everyone ? "PUBLIC" : quoteIdentifier(grantee) }

    func grantSQL(on target: String) -> String {
        "GRANT \(privilegeList) ON \(target) TO \(granteeSQL)" + (grantOption ? " WITH GRANT OPTION" : "")
    }

    func revokeSQL(on target: String) -> String {
        "REVOKE " + (grantOption ? "GRANT OPTION FOR " : "") + "\(privilegeList) ON \(target) FROM \(granteeSQL)"
    }
}

/// An object whose owner `ALTER … OWNER TO` changes.
public enum OwnedObject: Hashable, Sendable {
    case schema(String)
    /// An enum or composite type.
    case type(QualifiedName)
    case domain(QualifiedName)
    case sequence(QualifiedName)
    case table(QualifiedName)
    case view(QualifiedName, materialized: Bool)
    case function(FunctionSignature)
    /// An event trigger (its owner must be a superuser).
    case eventTrigger(String)
    case publication(String)

    /// `SCHEMA "app"`, `MATERIALIZED VIEW "app"."totals"`, …
    public var sql: String {
        switch self {
        case .schema(let name): return "SCHEMA \(quoteIdentifier(name))"
        case .type(let name): return "TYPE \(name.sql)"
        case .domain(let name): return "DOMAIN \(name.sql)"
        case .sequence(let name): return "SEQUENCE \(name.sql)"
        case .table(let name): return "TABLE \(name.sql)"
        case .view(let name, let materialized): return "\(materialized ? "MATERIALIZED VIEW" : "VIEW") \(name.sql)"
        case .function(let signature): return "\(signature.kind.rawValue) \(signature.sql)"
        case .eventTrigger(let name): return "EVENT TRIGGER \(quoteIdentifier(name))"
        case .publication(let name): return "PUBLICATION \(quoteIdentifier(name))"
        }
    }
}

extension Change {
    /// The roles this change names (grantees, new owners, default-privilege roles, policy roles; not `PUBLIC`),
    /// which must exist before it can run.
    public var referencedRoles: Set<String> {
        let keywords: Set<String> = [PrivilegeGrant.everyone, "public", "current_user", "session_user", "current_role"]
        let roles: [String]
        switch self {
        case .grant(_, let statement), .revoke(_, let statement): roles = [statement.grantee]
        case .alterDefaultPrivileges(let role, _, _, _, let statement): roles = [role, statement.grantee]
        case .setOwner(_, let role): roles = [role]
        case .createPolicy(let policy), .alterPolicy(let policy): roles = policy.roles
        default: roles = []
        }
        return Set(roles).subtracting(keywords)
    }
}
