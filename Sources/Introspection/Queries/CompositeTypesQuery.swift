import Catalog
import Postgres

/// Composite types (`CREATE TYPE … AS (…)`) with their attributes in order (and the attributes' comments).
enum CompositeTypesQuery {
    static let sql = """
        SELECT n.nspname AS schema, t.typname AS name,
               (SELECT json_agg(json_build_object(
                           'name', a.attname, 'type', format_type(a.atttypid, a.atttypmod),
                           'collation', \(SQLFragments.nonDefaultCollation("a.attcollation", typeCollation: "at.typcollation")),
                           'comment', \(SQLFragments.comment("pg_class", "a.attrelid", subID: "a.attnum"))
                       ) ORDER BY a.attnum)
                FROM pg_attribute a JOIN pg_type at ON at.oid = a.atttypid
                WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped) AS attributes,
               \(SQLFragments.comment("pg_type", "t.oid")) AS comment
        FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
             JOIN pg_class c ON c.oid = t.typrelid AND c.relkind = 'c'
        WHERE t.typtype = 'c' AND n.nspname = ANY ($1::text[])
          AND NOT \(SQLFragments.isExtensionMember("pg_type", "t.oid"))
        """

    static func read(_ reader: CatalogReader) throws -> [CompositeType] {
        try reader.rows(sql).map { row in
            CompositeType(
                name: QualifiedName(row.string("schema"), row.string("name")),
                attributes: try decodeJSON([CompositeType.Attribute].self, row["attributes"]) ?? [],
                comment: row.optionalString("comment"))
        }
    }
}
