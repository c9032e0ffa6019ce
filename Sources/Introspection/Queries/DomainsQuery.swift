import Catalog
import Foundation
import Postgres

/// Domains with base type, collation, default, NOT NULL and their CHECK constraints (sorted by name, with comments).
enum DomainsQuery {
    static let sql = """
        SELECT n.nspname AS schema, t.typname AS name, format_type(t.typbasetype, t.typtypmod) AS base_type,
               \(SQLFragments.nonDefaultCollation("t.typcollation", typeCollation: "b.typcollation")) AS collation,
               pg_get_expr(t.typdefaultbin, 0) AS default_expression, t.typnotnull AS not_null,
               (SELECT json_agg(json_build_object('name', k.conname, 'definition', pg_get_constraintdef(k.oid),
                                                  'isValidated', k.convalidated,
                                                  'comment', \(SQLFragments.comment("pg_constraint", "k.oid")))
                                ORDER BY k.conname)
                FROM pg_constraint k WHERE k.contypid = t.oid AND k.contype = 'c') AS checks,
               \(SQLFragments.comment("pg_type", "t.oid")) AS comment
        FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_type b ON b.oid = t.typbasetype
        WHERE t.typtype = 'd' AND n.nspname = ANY ($1::text[])
          AND NOT \(SQLFragments.isExtensionMember("pg_type", "t.oid"))
        """

    static func read(_ reader: CatalogReader) throws -> [Domain] {
        try reader.rows(sql).map { row in
            Domain(
                name: QualifiedName(row.string("schema"), row.string("name")), baseType: row.string("base_type"),
                collation: row.optionalString("collation"), defaultExpression: row.optionalString("default_expression"),
                isNotNull: row.bool("not_null"), checks: try decodeJSON([DomainCheck].self, row["checks"]) ?? [],
                comment: row.optionalString("comment"))
        }
    }
}

/// Decodes a `json_agg` column; NULL (no rows aggregated) becomes nil.
func decodeJSON<T: Decodable>(_ type: T.Type, _ text: String?) throws -> T? {
    guard let text else { return nil }
    return try JSONDecoder().decode(T.self, from: Data(text.utf8))
}
