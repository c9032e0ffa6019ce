/// A row-level security policy on a table.
public struct Policy: Hashable, Codable, Sendable {
    public enum Command: String, Hashable, Codable, Sendable {
        case all = "ALL"
        case select = "SELECT"
        case insert = "INSERT"
        case update = "UPDATE"
        case delete = "DELETE"
    }

    public var name: String
    public var table: QualifiedName
    public var command: Command
    public var isPermissive: Bool
    /// Role names, sorted; `["public"]` when the policy applies to everyone.
    public var roles: [String]
    /// The `USING (…)` expression as Postgres prints it.
    public var using: String?
    /// The `WITH CHECK (…)` expression as Postgres prints it.
    public var withCheck: String?
    public var comment: String?

    public init(
        name: String, table: QualifiedName, command: Command = .all, isPermissive: Bool = true,
        roles: [String] = ["public"], using: String? = nil, withCheck: String? = nil, comment: String? = nil
    ) {
        self.name = name
        self.table = table
        self.command = command
        self.isPermissive = isPermissive
        self.roles = roles
        self.using = using
        self.withCheck = withCheck
        self.comment = comment
    }
}
