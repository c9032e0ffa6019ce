import Catalog
import Postgres

/// User schemas: not system, not temporary, not created by an extension; optionally only the named ones.
enum SchemasQuery {
    static let sql = """
        SELECT n.nspname AS name, \(SQLFragments.comment("pg_namespace", "n.oid")) AS comment
        FROM pg_namespace n
        WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
          AND n.nspname !~ '^pg_(toast_)?temp_'
          AND NOT \(SQLFragments.isExtensionMember("pg_namespace", "n.oid"))
          AND ($1::text[] IS NULL OR n.nspname = ANY ($1::text[]))
        ORDER BY n.nspname
        """

    static func read(_ reader: CatalogReader, only names: [String]?) throws -> [Schema] {
        try reader.rows(sql, schemaFilter: names).map {
            Schema(name: $0.string("name"), comment: $0.optionalString("comment"))
        }
    }
}
