/// A function or procedure.
public struct Function: Hashable, Codable, Sendable {
    public enum Kind: String, Hashable, Codable, Sendable {
        case function = "FUNCTION"
        case procedure = "PROCEDURE"
    }

    public enum Volatility: String, Hashable, Codable, Sendable {
        case immutable = "IMMUTABLE"
        case stable = "STABLE"
        case volatile = "VOLATILE"
    }

    public enum ParallelSafety: String, Hashable, Codable, Sendable {
        case safe = "SAFE"
        case restricted = "RESTRICTED"
        case unsafe = "UNSAFE"
    }

    public var name: QualifiedName
    public var kind: Kind
    /// Argument types that identify the function, as `pg_get_function_identity_arguments` prints them,
    /// e.g. `org uuid, since timestamp with time zone`.
    public var identityArguments: String
    /// Full argument list with modes and defaults, as `pg_get_function_arguments` prints it.
    public var arguments: String
    /// `pg_get_function_result`, e.g. `integer`, `TABLE(id uuid, n bigint)`, `trigger`; `nil` for procedures.
    public var returnType: String?
    public var language: String
    /// The body (`prosrc`).
    public var body: String
    public var volatility: Volatility
    public var isStrict: Bool
    public var securityDefiner: Bool
    public var parallel: ParallelSafety
    /// Per-function settings (`proconfig`), e.g. `statement_timeout=5s`, `search_path=app, public`.
    public var settings: [String]
    /// The complete `CREATE OR REPLACE FUNCTION` text from `pg_get_functiondef` (in a DSL-built catalog: an equivalent
    /// statement with quoted names).
    public var definition: String
    public var comment: String?

    // MARK: - Ownership and privileges
    /// The owning role; `nil` when unknown or not managed (a desired schema without owners).
    public var owner: String?
    /// Grants and revokes relative to the default ACL.
    public var privileges: Privileges

    public init(
        name: QualifiedName, kind: Kind = .function, identityArguments: String = "", arguments: String = "",
        returnType: String?, language: String, body: String, volatility: Volatility = .volatile,
        isStrict: Bool = false, securityDefiner: Bool = false, parallel: ParallelSafety = .unsafe,
        settings: [String] = [], definition: String = "", comment: String? = nil
    , owner: String? = nil, privileges: Privileges = Privileges()) {
        self.name = name
        self.kind = kind
        self.identityArguments = identityArguments
        self.arguments = arguments
        self.returnType = returnType
        self.language = language
        self.body = body
        self.volatility = volatility
        self.isStrict = isStrict
        self.securityDefiner = securityDefiner
        self.parallel = parallel
        self.settings = settings
        self.definition = definition
        self.comment = comment
        self.owner = owner
        self.privileges = privileges
    }

    /// The catalog key: `schema.name(identity arguments)`, unique across overloads.
    public var key: String { Self.key(name, identityArguments: identityArguments) }

    public static func key(_ name: QualifiedName, identityArguments: String) -> String {
        "\(name.key)(\(identityArguments))"
    }
}
