import Catalog
import SQLSyntax

/// A function parameter: `Parameter("org", .uuid)`, optionally with a mode and a SQL default.
public struct Parameter: Sendable {
    /// `IN` (default), `OUT`, `INOUT` or `VARIADIC`.
    public enum Mode: String, Sendable {
        case input = "IN"
        case output = "OUT"
        case inputOutput = "INOUT"
        case variadic = "VARIADIC"
    }

    let name: String
    let type: ColumnType
    let mode: Mode
    let defaultSQL: String?

    /// `defaultSQL` is a SQL expression used when the caller omits the argument.
    public init(_ name: String, _ type: ColumnType, mode: Mode = .input, default defaultSQL: String? = nil) {
        self.name = name
        self.type = type
        self.mode = mode
        self.defaultSQL = defaultSQL
    }

    /// As in `pg_get_function_identity_arguments`: the mode unless `IN`, the name, the type.
    var identitySQL: String { (mode == .input ? "" : mode.rawValue + " ") + quoteIdentifier(name) + " " + type.sql }
    var fullSQL: String { identitySQL + (defaultSQL.map { " DEFAULT " + $0 } ?? "") }
}

/// What a function returns: `.type(.integer)`, `.setOf(.uuid)`, `.table(["id": .uuid])`, `.trigger` or `.void`.
public struct FunctionResult: Sendable {
    let sql: String

    /// A single value of `type`.
    public static func type(_ type: ColumnType) -> FunctionResult { FunctionResult(sql: type.sql) }
    /// `SETOF type`: zero or more values.
    public static func setOf(_ type: ColumnType) -> FunctionResult { FunctionResult(sql: "SETOF " + type.sql) }
    /// `TABLE(name type, …)`: rows with named columns.
    public static func table(_ columns: KeyValuePairs<String, ColumnType>) -> FunctionResult {
        FunctionResult(
            sql: "TABLE(" + columns.map { quoteIdentifier($0.key) + " " + $0.value.sql }.joined(separator: ", ") + ")")
    }
    /// A trigger function, for `Trigger(…, execute:)`.
    public static let trigger = FunctionResult(sql: "trigger")
    /// An event trigger function, for `EventTrigger(…, execute:)`.
    public static let eventTrigger = FunctionResult(sql: "event_trigger")
    /// No result.
    public static let void = FunctionResult(sql: "void")
}

/// The language a function body is written in: `.sql`, `.plpgsql`, or another installed one by name.
public struct FunctionLanguage: Hashable, Sendable, ExpressibleByStringLiteral {
    /// The language name, as in `pg_language`.
    public let name: String
    /// A language by name (it must be installed).
    public init(_ name: String) { self.name = name }
    /// A language by name (it must be installed).
    public init(stringLiteral name: String) { self.name = name }
    /// `LANGUAGE sql`.
    public static let sql = FunctionLanguage("sql")
    /// `LANGUAGE plpgsql`.
    public static let plpgsql = FunctionLanguage("plpgsql")
}

/// A function (or, with `Function.procedure`, a procedure) with its body as SQL text.
///
/// ```swift
/// Function("post_counts", schema: "app", parameters: [Parameter("org", .uuid)],
///          returns: .table(["status": .enum(PostStatus.self), "n": .bigint]), language: .sql,
///          body: "SELECT status, count(*) FROM app.posts WHERE organization_id = org GROUP BY status")
///     .volatility(.stable)
///     .set("statement_timeout", to: "5s")
/// ```
public struct Function: Sendable {
    let name: QualifiedName
    let kind: CatalogFunction.Kind
    let parameters: [Parameter]
    let result: FunctionResult?
    let language: FunctionLanguage
    let body: String
    let location: SourceLocation
    /// Grants, revokes and owner (see `Grantable`).
    public var access = Access()
    var volatility = Volatility.volatile
    var isStrict = false
    var isSecurityDefiner = false
    var parallel = ParallelSafety.unsafe
    var settings: [(name: String, value: String)] = []
    var comment: String?

    /// A function `name` in `schema`; `body` is the source in `language`.
    public init(
        _ name: String, schema: String = "public", parameters: [Parameter] = [], returns result: FunctionResult,
        language: FunctionLanguage = .sql, body: String, fileID: String = #fileID, line: Int = #line
    ) {
        self.init(
            name: QualifiedName(schema, name), kind: .function, parameters: parameters, result: result,
            language: language, body: body, location: SourceLocation(fileID: fileID, line: line))
    }

    private init(
        name: QualifiedName, kind: CatalogFunction.Kind, parameters: [Parameter], result: FunctionResult?,
        language: FunctionLanguage, body: String, location: SourceLocation
    ) {
        self.name = name
        self.kind = kind
        self.parameters = parameters
        self.result = result
        self.language = language
        self.body = body
        self.location = location
    }

    /// A procedure (`CALL`able, may commit) `name` in `schema`.
    public static func procedure(
        _ name: String, schema: String = "public", parameters: [Parameter] = [], language: FunctionLanguage = .sql,
        body: String, fileID: String = #fileID, line: Int = #line
    ) -> Function {
        Function(
            name: QualifiedName(schema, name), kind: .procedure, parameters: parameters, result: nil,
            language: language, body: body, location: SourceLocation(fileID: fileID, line: line))
    }

    /// `IMMUTABLE`, `STABLE` or `VOLATILE` (the default).
    public func volatility(_ volatility: Volatility) -> Function { with { $0.volatility = volatility } }

    /// `STRICT`: returns NULL without running when any argument is NULL.
    public func strict() -> Function { with { $0.isStrict = true } }

    /// `SECURITY DEFINER`: runs with the owner's privileges. Pin `search_path` with `set` when you use it.
    public func securityDefiner() -> Function { with { $0.isSecurityDefiner = true } }

    /// `PARALLEL SAFE|RESTRICTED|UNSAFE`.
    public func parallel(_ safety: ParallelSafety) -> Function { with { $0.parallel = safety } }

    /// `SET name TO 'value'` while the function runs, e.g. `.set("statement_timeout", to: "5s")`.
    public func set(_ name: String, to value: String) -> Function { with { $0.settings.append((name, value)) } }

    /// `COMMENT ON FUNCTION`.
    public func comment(_ text: String) -> Function { with { $0.comment = text } }


    var catalogFunction: CatalogFunction {
        let identity = parameters.filter { $0.mode != .output }.map(\.identitySQL).joined(separator: ", ")
        let arguments = parameters.map(\.fullSQL).joined(separator: ", ")
        var definition = "CREATE OR REPLACE \(kind.rawValue) \(qualifiedName(name.schema, name.name))(\(arguments))\n"
        if let result { definition += " RETURNS \(result.sql)\n" }
        definition += " LANGUAGE \(quoteIdentifier(language.name))\n"
        if kind == .function {
            var attributes = [volatility.rawValue]
            if isStrict { attributes.append("STRICT") }
            if isSecurityDefiner { attributes.append("SECURITY DEFINER") }
            if parallel != .unsafe { attributes.append("PARALLEL " + parallel.rawValue) }
            definition += " " + attributes.joined(separator: " ") + "\n"
        } else if isSecurityDefiner {
            definition += " SECURITY DEFINER\n"
        }
        for setting in settings {
            definition += " SET \(quoteIdentifier(setting.name)) TO \(quoteLiteral(setting.value))\n"
        }
        let tag = dollarQuoteTag(for: body)
        definition += "AS \(tag)\(body)\(tag)"
        return CatalogFunction(
            name: name, kind: kind, identityArguments: identity, arguments: arguments, returnType: result?.sql,
            language: language.name, body: body, volatility: volatility, isStrict: isStrict,
            securityDefiner: isSecurityDefiner, parallel: parallel, settings: settings.map { "\($0.name)=\($0.value)" },
            definition: definition, comment: comment)
    }
}

/// `$function$`, or `$function_N$` when the body itself contains the shorter tag.
private func dollarQuoteTag(for body: String) -> String {
    var tag = "$function$"
    var counter = 0
    while body.contains(tag) {
        counter += 1
        tag = "$function_\(counter)$"
    }
    return tag
}
