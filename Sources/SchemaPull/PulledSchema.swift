import Catalog

/// One Swift source file written by `db pull`.
public struct PulledFile: Hashable, Sendable {
    /// The file name, e.g. `PulledSchema+AppSchema.swift`.
    public var name: String
    /// The Swift source.
    public var text: String
}

/// The Swift DSL source for a catalog: the files, and what the DSL could not express (each also marked in the
/// source with a `// db pull: cannot express …` comment).
public struct PulledSchema: Hashable, Sendable {
    /// `<TypeName>.swift` with the `DatabaseSchema` type, then one `<TypeName>+<Schema>Schema.swift` per schema,
    /// sorted by name.
    public var files: [PulledFile]
    /// One line per object the DSL cannot express exactly, e.g. `constraint orders_total_check on public.orders:
    /// NOT VALID`.
    public var limitations: [String]
}

/// Renders `catalog` (as `introspect` reads it) as Swift DSL source declaring `public enum <typeName>:
/// DatabaseSchema`, one file per schema. Output is deterministic, so it can be committed and compared.
///
/// ```swift
/// let pulled = renderSwiftSchema(try introspect(connection), typeName: "ShopSchema")
/// for file in pulled.files { try file.text.write(to: out.appendingPathComponent(file.name), …) }
/// ```
public func renderSwiftSchema(_ catalog: Catalog, typeName: String = "PulledSchema") -> PulledSchema {
    SchemaSourceRenderer(catalog).render(typeName: typeName)
}

/// Whether `name` can be used as the schema type's name: a Swift identifier (letters, digits, underscores).
public func isValidSwiftTypeName(_ name: String) -> Bool {
    guard let first = name.unicodeScalars.first, first == "_" || first.properties.isAlphabetic else { return false }
    return name.unicodeScalars.allSatisfy { $0.isASCII && ($0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0)) }
}
