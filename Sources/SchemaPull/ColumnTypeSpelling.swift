import Catalog

/// Spells a type as `format_type` prints it (`integer`, `app.status[]`, `character varying(20)`) as a DSL
/// `ColumnType`: a named constant for common built-ins, `.enum/.domain/.type` for the catalog's own types (so the
/// DSL checks they are declared), `.builtin("…")` for everything else.
struct ColumnTypeSpelling {
    private enum Kind { case enumType, domain, composite }
    /// The catalog's enums, domains and composite types by `QualifiedName.key`, which quotes a part exactly when
    /// `format_type` does for ordinary names.
    private let userTypes: [String: (QualifiedName, Kind)]

    init(_ catalog: Catalog) {
        var types: [String: (QualifiedName, Kind)] = [:]
        for value in catalog.enums.values { types[value.name.key] = (value.name, .enumType) }
        for value in catalog.domains.values { types[value.name.key] = (value.name, .domain) }
        for value in catalog.compositeTypes.values { types[value.name.key] = (value.name, .composite) }
        userTypes = types
    }

    private static let constants: [String: String] = [
        "uuid": ".uuid", "text": ".text", "character varying": ".varchar", "smallint": ".smallint",
        "integer": ".integer", "bigint": ".bigint", "numeric": ".numeric", "real": ".real",
        "double precision": ".doublePrecision", "boolean": ".boolean", "timestamp with time zone": ".timestamptz",
        "timestamp without time zone": ".timestamp", "date": ".date", "time without time zone": ".time",
        "interval": ".interval", "jsonb": ".jsonb", "json": ".json", "bytea": ".bytea", "inet": ".inet",
        "tsvector": ".tsvector", "tstzrange": ".tstzrange",
    ]

    /// The DSL expression for `sqlType`, e.g. `.array(.enum("status", schema: "app"))`.
    func spell(_ sqlType: String) -> String {
        var element = sqlType
        var dimensions = 0
        while element.hasSuffix("[]") {
            element.removeLast(2)
            dimensions += 1
        }
        var spelled: String
        if let constant = Self.constants[element] {
            spelled = constant
        } else if let (name, kind) = userTypes[element] {
            let function = switch kind {
            case .enumType: "enum"
            case .domain: "domain"
            case .composite: "type"
            }
            spelled = ".\(function)(\(SwiftLiteral.string(name.name)), schema: \(SwiftLiteral.string(name.schema)))"
        } else {
            return ".builtin(\(SwiftLiteral.string(sqlType)))"
        }
        for _ in 0..<dimensions { spelled = ".array(\(spelled))" }
        return spelled
    }
}
