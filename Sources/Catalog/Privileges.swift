/// One privilege a `GRANT` can give, spelled as in SQL.
public enum Privilege: String, Hashable, Codable, Sendable, CaseIterable, Comparable {
    case select = "SELECT"
    case insert = "INSERT"
    case update = "UPDATE"
    case delete = "DELETE"
    case truncate = "TRUNCATE"
    case references = "REFERENCES"
    case trigger = "TRIGGER"
    case maintain = "MAINTAIN"
    case usage = "USAGE"
    case execute = "EXECUTE"
    case create = "CREATE"

    public static func < (lhs: Privilege, rhs: Privilege) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One ACL entry: `privilege` (on `column` when set) held by `grantee`, optionally `WITH GRANT OPTION`.
public struct PrivilegeGrant: Hashable, Codable, Sendable, Comparable {
    /// The grantee meaning every role; rendered as the keyword `PUBLIC`, never quoted.
    public static let everyone = "PUBLIC"

    /// A role name, or `PrivilegeGrant.everyone`.
    public var grantee: String
    public var privilege: Privilege
    public var withGrantOption: Bool
    /// Set for a column privilege of a table or view (`GRANT SELECT (a) ON t`).
    public var column: String?

    public init(grantee: String, privilege: Privilege, withGrantOption: Bool = false, column: String? = nil) {
        self.grantee = grantee
        self.privilege = privilege
        self.withGrantOption = withGrantOption
        self.column = column
    }

    /// The grant identity without the grant option: what `GRANT`/`REVOKE` statements are about.
    public var slot: PrivilegeSlot { PrivilegeSlot(grantee: grantee, privilege: privilege, column: column) }

    public static func < (lhs: PrivilegeGrant, rhs: PrivilegeGrant) -> Bool {
        (lhs.slot, lhs.withGrantOption ? 1 : 0) < (rhs.slot, rhs.withGrantOption ? 1 : 0)
    }
}

/// Who holds which privilege on what column, without the grant option.
public struct PrivilegeSlot: Hashable, Sendable, Comparable {
    public var grantee: String
    public var privilege: Privilege
    public var column: String?

    public init(grantee: String, privilege: Privilege, column: String? = nil) {
        self.grantee = grantee
        self.privilege = privilege
        self.column = column
    }

    public static func < (lhs: PrivilegeSlot, rhs: PrivilegeSlot) -> Bool {
        (lhs.column ?? "", lhs.grantee, lhs.privilege) < (rhs.column ?? "", rhs.grantee, rhs.privilege)
    }
}

/// An object's privileges relative to Postgres's built-in default (`acldefault(kind, owner)`), as pg_dump prints
/// them: what was granted beyond the default and what was revoked from it.
///
/// So an object whose ACL is NULL and one whose ACL equals the default are equal (both `Privileges()`), and a change
/// of owner is not a change of privileges. Example: a function with `EXECUTE` revoked from `PUBLIC` and granted to
/// `app` has `granted == [app EXECUTE]`, `revoked == [PUBLIC EXECUTE]`.
public struct Privileges: Hashable, Codable, Sendable {
    /// Entries the object has beyond the default, sorted.
    public var granted: [PrivilegeGrant]
    /// Default entries the object no longer has, sorted.
    public var revoked: [PrivilegeGrant]

    public init(granted: [PrivilegeGrant] = [], revoked: [PrivilegeGrant] = []) {
        self.granted = granted.sorted()
        self.revoked = revoked.sorted()
    }

    /// True when the object has exactly the default privileges.
    public var isDefault: Bool { granted.isEmpty && revoked.isEmpty }

    /// Every role named by an entry (not `PUBLIC`).
    public var roles: Set<String> {
        Set((granted + revoked).map(\.grantee).filter { $0 != PrivilegeGrant.everyone })
    }
}

/// An `ALTER DEFAULT PRIVILEGES` entry (`pg_default_acl`): privileges given to objects `role` creates later,
/// everywhere (`schema == nil`, relative to the built-in default) or in one schema (grants only).
public struct DefaultPrivileges: Hashable, Codable, Sendable {
    /// The kinds of object default privileges apply to, with their `pg_default_acl.defaclobjtype` code.
    public enum ObjectType: String, Hashable, Codable, Sendable, CaseIterable {
        case tables = "TABLES"
        case sequences = "SEQUENCES"
        case functions = "FUNCTIONS"
        case types = "TYPES"
        case schemas = "SCHEMAS"

        /// The `defaclobjtype` code, e.g. `r` for tables.
        public var code: String {
            switch self {
            case .tables: "r"
            case .sequences: "S"
            case .functions: "f"
            case .types: "T"
            case .schemas: "n"
            }
        }

        public init?(code: String) {
            guard let type = Self.allCases.first(where: { $0.code == code }) else { return nil }
            self = type
        }
    }

    /// The role whose future objects get these privileges (`FOR ROLE`).
    public var role: String
    /// `IN SCHEMA`; `nil` for every schema.
    public var schema: String?
    public var objectType: ObjectType
    public var privileges: Privileges

    public init(role: String, schema: String? = nil, objectType: ObjectType, privileges: Privileges) {
        self.role = role
        self.schema = schema
        self.objectType = objectType
        self.privileges = privileges
    }

    /// The catalog key: role, schema and object type.
    public var key: String { Self.key(role: role, schema: schema, objectType: objectType) }

    public static func key(role: String, schema: String?, objectType: ObjectType) -> String {
        QualifiedName(schema ?? "", role).key + " " + objectType.rawValue
    }
}

/// An object with an owner and privileges: schemas, tables, views, sequences, functions, enums, domains and
/// composite types.
public protocol AccessControlled {
    /// The owning role; `nil` when unknown or not managed.
    var owner: String? { get set }
    /// Grants and revokes relative to the default ACL.
    var privileges: Privileges { get set }
}

extension Schema: AccessControlled {}
extension Table: AccessControlled {}
extension View: AccessControlled {}
extension SequenceDefinition: AccessControlled {}
extension Function: AccessControlled {}
extension EnumType: AccessControlled {}
extension Domain: AccessControlled {}
extension CompositeType: AccessControlled {}

extension Dictionary where Value: AccessControlled {
    /// Sets the owner and privileges of the object at `key`, in place; false (and nothing set) when there is none.
    @discardableResult
    public mutating func setAccess(owner: String?, privileges: Privileges, at key: Key) -> Bool {
        guard let index = index(forKey: key) else { return false }
        values[index].owner = owner
        values[index].privileges = privileges
        return true
    }
}
