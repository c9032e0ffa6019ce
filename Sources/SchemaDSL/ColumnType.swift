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

    public var description: String { sql }

    public static let uuid = ColumnType(sql: "uuid")
    public static let text = ColumnType(sql: "text")
    /// `varchar` without a length limit.
    public static let varchar = ColumnType(sql: "character varying")
    public static func varchar(_ length: Int) -> ColumnType { ColumnType(sql: "character varying(\(length))") }
    public static func char(_ length: Int) -> ColumnType { ColumnType(sql: "character(\(length))") }
    public static let smallint = ColumnType(sql: "smallint")
    public static let integer = ColumnType(sql: "integer")
    public static let bigint = ColumnType(sql: "bigint")
    /// `numeric` without precision: any number of digits.
    public static let numeric = ColumnType(sql: "numeric")
    public static func numeric(_ precision: Int, _ scale: Int = 0) -> ColumnType {
        ColumnType(sql: "numeric(\(precision),\(scale))")
    }
    public static let real = ColumnType(sql: "real")
    public static let doublePrecision = ColumnType(sql: "double precision")
    public static let boolean = ColumnType(sql: "boolean")
    public static let timestamptz = ColumnType(sql: "timestamp with time zone")
    public static let timestamp = ColumnType(sql: "timestamp without time zone")
    public static let date = ColumnType(sql: "date")
    public static let time = ColumnType(sql: "time without time zone")
    public static let interval = ColumnType(sql: "interval")
    public static let jsonb = ColumnType(sql: "jsonb")
    public static let json = ColumnType(sql: "json")
    public static let bytea = ColumnType(sql: "bytea")
    public static let inet = ColumnType(sql: "inet")
    public static let tsvector = ColumnType(sql: "tsvector")
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

    /// An enum, domain or composite type declared in this schema (or in the database) by name.
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
