import Catalog
import SQLSyntax

/// A column, attribute, domain or parameter type, spelled the way Postgres's `format_type` prints it.
///
/// ```swift
/// Column("price", .numeric(12, 2))
/// Column("tags", .array(.text))
/// Column("status", .enum(PostStatus.self))
/// ```
public struct ColumnType: Hashable, Sendable, CustomStringConvertible {
    /// The type as SQL, e.g. `character varying(255)`, `timestamp with time zone`, `"app"."post_status"[]`.
    public let sql: String
    /// The user-defined type (enum, domain, composite) this type names, if any, so validation can check it exists.
    let userType: QualifiedName?

    init(sql: String, userType: QualifiedName? = nil) {
        self.sql = sql
        self.userType = userType
    }

    /// The SQL spelling.
    public var description: String { sql }

    /// `uuid`.
    public static let uuid = ColumnType(sql: "uuid")
    /// `text`: unlimited-length strings (prefer it to `varchar(n)` unless the limit is a rule).
    public static let text = ColumnType(sql: "text")
    /// `varchar` without a length limit.
    public static let varchar = ColumnType(sql: "character varying")
    /// `character varying(length)`.
    public static func varchar(_ length: Int) -> ColumnType { ColumnType(sql: "character varying(\(length))") }
    /// `character(length)`, blank-padded.
    public static func char(_ length: Int) -> ColumnType { ColumnType(sql: "character(\(length))") }
    /// `smallint` (2 bytes).
    public static let smallint = ColumnType(sql: "smallint")
    /// `integer` (4 bytes).
    public static let integer = ColumnType(sql: "integer")
    /// `bigint` (8 bytes).
    public static let bigint = ColumnType(sql: "bigint")
    /// `numeric` without precision: any number of digits.
    public static let numeric = ColumnType(sql: "numeric")
    /// `numeric(precision,scale)`: exact decimals, e.g. money.
    public static func numeric(_ precision: Int, _ scale: Int = 0) -> ColumnType {
        ColumnType(sql: "numeric(\(precision),\(scale))")
    }
    /// `real` (4-byte float).
    public static let real = ColumnType(sql: "real")
    /// `double precision` (8-byte float).
    public static let doublePrecision = ColumnType(sql: "double precision")
    /// `boolean`.
    public static let boolean = ColumnType(sql: "boolean")
    /// `timestamp with time zone`: an instant; the right choice for almost every timestamp.
    public static let timestamptz = ColumnType(sql: "timestamp with time zone")
    /// `timestamp without time zone`: a wall-clock reading without a zone.
    public static let timestamp = ColumnType(sql: "timestamp without time zone")
    /// `date`.
    public static let date = ColumnType(sql: "date")
    /// `time without time zone`.
    public static let time = ColumnType(sql: "time without time zone")
    /// `interval`.
    public static let interval = ColumnType(sql: "interval")
    /// `jsonb`: binary JSON, indexable with GIN.
    public static let jsonb = ColumnType(sql: "jsonb")
    /// `json`: JSON text kept verbatim.
    public static let json = ColumnType(sql: "json")
    /// `bytea`: binary data.
    public static let bytea = ColumnType(sql: "bytea")
    /// `inet`: an IP address.
    public static let inet = ColumnType(sql: "inet")
    /// `tsvector`: a full-text search document.
    public static let tsvector = ColumnType(sql: "tsvector")
    /// `tstzrange`: a range of instants (with exclusion constraints: no overlaps).
    public static let tstzrange = ColumnType(sql: "tstzrange")

    /// Any other built-in type, written as Postgres prints it (e.g. `"macaddr"`, `"int4range"`).
    public static func builtin(_ sql: String) -> ColumnType { ColumnType(sql: sql) }

    /// A one-dimensional array of `element`, e.g. `.array(.text)` is `text[]`.
    public static func array(_ element: ColumnType) -> ColumnType {
        ColumnType(sql: element.sql + "[]", userType: element.userType)
    }

    /// The Postgres enum declared by a Swift enum (see `DatabaseEnum`).
    public static func `enum`<E: DatabaseEnum>(_ type: E.Type) -> ColumnType {
        named(QualifiedName(E.schemaName, E.enumName))
    }

    /// An enum declared in this schema, by name (`Enum("mood", schema: "app", labels: …)`).
    public static func `enum`(_ name: String, schema: String = "public") -> ColumnType {
        named(QualifiedName(schema, name))
    }

    /// A domain declared in this schema.
    public static func domain(_ name: String, schema: String = "public") -> ColumnType {
        named(QualifiedName(schema, name))
    }

    /// A composite or other user-defined type declared in this schema.
    public static func type(_ name: String, schema: String = "public") -> ColumnType {
        named(QualifiedName(schema, name))
    }

    private static func named(_ name: QualifiedName) -> ColumnType {
        ColumnType(sql: qualifiedName(name.schema, name.name), userType: name)
    }
}
