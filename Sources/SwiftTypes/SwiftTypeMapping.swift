import Catalog
import Foundation

/// Maps Postgres type names (as `format_type` prints them) to Swift types.
struct SwiftTypeMapping {
    let catalog: Catalog

    /// The Swift type for a column type, e.g. `timestamp with time zone` → `Date`, `text[]` → `[String]`.
    func swiftType(for postgresType: String) -> String {
        if postgresType.hasSuffix("[]") { return "[\(swiftType(for: String(postgresType.dropLast(2))))]" }
        let base = postgresType.split(separator: "(").first.map(String.init)?.trimmingCharacters(in: .whitespaces)
            ?? postgresType
        if let builtin = Self.builtins[base] { return builtin }
        if let enumType = lookup(base, in: catalog.enums) { return enumTypeName(enumType.name) }
        if let composite = lookup(base, in: catalog.compositeTypes) { return enumTypeName(composite.name) }
        if let domain = lookup(base, in: catalog.domains) { return swiftType(for: domain.baseType) }
        return "String"
    }

    /// The nested Swift name of a user type: `app.post_status` → `App.PostStatus`.
    func enumTypeName(_ name: QualifiedName) -> String {
        "\(SwiftNames.type(name.schema)).\(SwiftNames.type(name.name))"
    }

    private func lookup<T>(_ typeName: String, in objects: [String: T]) -> T? {
        if let exact = objects[typeName] { return exact }
        let unquoted = typeName.replacingOccurrences(of: "\"", with: "")
        return objects.first { key, _ in key.replacingOccurrences(of: "\"", with: "") == unquoted }?.value
            ?? objects.first { key, _ in key.replacingOccurrences(of: "\"", with: "") == "public.\(unquoted)" }?.value
    }

    static let builtins: [String: String] = [
        "uuid": "UUID", "text": "String", "character varying": "String", "character": "String", "citext": "String",
        "name": "String", "smallint": "Int16", "integer": "Int32", "bigint": "Int64", "numeric": "Decimal",
        "real": "Float", "double precision": "Double", "boolean": "Bool", "timestamp with time zone": "Date",
        "timestamp without time zone": "Date", "date": "Date", "jsonb": "JSONValue", "json": "JSONValue",
        "bytea": "Data", "interval": "String", "time without time zone": "String", "time with time zone": "String",
        "inet": "String", "cidr": "String", "macaddr": "String", "money": "String", "oid": "UInt32",
        "tsvector": "String", "xml": "String",
    ]
}
