import Catalog
import Postgres

/// Enum types with their labels in sort order.
enum EnumsQuery {
    static let sql = """
        SELECT n.nspname AS schema, t.typname AS name,
               ARRAY(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) AS labels,
               \(SQLFragments.comment("pg_type", "t.oid")) AS comment
        FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE t.typtype = 'e' AND n.nspname = ANY ($1::text[])
          AND NOT \(SQLFragments.isExtensionMember("pg_type", "t.oid"))
        """

    static func read(_ reader: CatalogReader) throws -> [EnumType] {
        try reader.rows(sql).map {
            EnumType(
                name: QualifiedName($0.string("schema"), $0.string("name")), labels: $0.stringArray("labels"),
                comment: $0.optionalString("comment"))
        }
    }
}
