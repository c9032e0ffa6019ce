import Catalog
import Postgres

/// Extensions installed into the selected schemas (name, schema, version, comment, relocatable).
enum ExtensionsQuery {
    static let sql = """
        SELECT x.extname AS name, n.nspname AS schema, x.extversion AS version, x.extrelocatable AS relocatable,
               \(SQLFragments.comment("pg_extension", "x.oid")) AS comment
        FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace
        WHERE n.nspname = ANY ($1::text[])
        """

    static func read(_ reader: CatalogReader) throws -> [Extension] {
        try reader.rows(sql).map {
            Extension(
                name: $0.string("name"), schema: $0.string("schema"), version: $0.optionalString("version"),
                comment: $0.optionalString("comment"), isRelocatable: $0.bool("relocatable"))
        }
    }
}
