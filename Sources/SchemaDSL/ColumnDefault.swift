import SQLSyntax

/// A column or domain default. Swift literals become SQL literals (`"draft"` → `'draft'`, `42`, `true`); SQL
/// expressions are either the named ones (`.now`, `.genRandomUUID`) or visibly raw (`.raw("…")`).
///
/// ```swift
/// Column("status", .text).default("draft")
/// Column("created_at", .timestamptz).default(.now)
/// Column("expires_at", .timestamptz).default(.raw("now() + interval '30 days'"))
/// ```
public struct ColumnDefault: Hashable, Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral
{
    /// The default expression as SQL.
    public let sql: String
    /// The string value when the default is a string literal, so enum defaults can be checked against labels.
    let stringValue: String?

    init(sql: String, stringValue: String? = nil) {
        self.sql = sql
        self.stringValue = stringValue
    }

    /// A string literal default: `'value'`.
    public init(stringLiteral value: String) { self = .string(value) }
    /// An integer default.
    public init(integerLiteral value: Int64) { self.init(sql: String(value)) }
    /// A floating-point default.
    public init(floatLiteral value: Double) { self.init(sql: String(value)) }
    /// `true` or `false`.
    public init(booleanLiteral value: Bool) { self.init(sql: value ? "true" : "false") }

    /// A string value, rendered with `quoteLiteral`.
    public static func string(_ value: String) -> ColumnDefault {
        ColumnDefault(sql: quoteLiteral(value), stringValue: value)
    }

    /// The label of a Swift enum declaring a Postgres enum (or any `String`-backed value).
    public static func value<Value: RawRepresentable>(_ value: Value) -> ColumnDefault where Value.RawValue == String {
        .string(value.rawValue)
    }

    /// `now()`: the transaction's start time.
    public static let now = ColumnDefault(sql: "now()")
    /// `CURRENT_DATE`.
    public static let currentDate = ColumnDefault(sql: "CURRENT_DATE")
    /// `gen_random_uuid()` (built into Postgres 13+).
    public static let genRandomUUID = ColumnDefault(sql: "gen_random_uuid()")
    /// An empty JSON object, `'{}'::jsonb`.
    public static let emptyJSONObject = ColumnDefault(sql: "'{}'::jsonb")

    /// RAW SQL, inserted verbatim into `DEFAULT …`: you are responsible for it being a valid, safe expression.
    public static func raw(_ sql: String) -> ColumnDefault { ColumnDefault(sql: sql) }
}
