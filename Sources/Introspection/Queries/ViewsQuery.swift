import Catalog
import Postgres

/// Views and materialized views: `pg_get_viewdef` text, `WITH (…)` options (sorted), comment, whether a
/// materialized view holds data. Their columns, indexes and
/// dependencies are read by `ColumnsQuery`, `IndexesQuery` and `ViewDependenciesQuery`.
enum ViewsQuery {
    static let sql = """
        SELECT n.nspname AS schema, c.relname AS name, c.relkind = 'm' AS materialized,
               pg_get_viewdef(c.oid) AS definition, c.reloptions AS options,
               \(SQLFragments.comment("pg_class", "c.oid")) AS comment,
               c.relispopulated AS populated
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('v', 'm') AND \(SQLFragments.isScopedRelation())
        """

    static func read(_ reader: CatalogReader) throws -> [View] {
        try reader.rows(sql).map { row in
            var view = View(
                name: QualifiedName(row.string("schema"), row.string("name")), isMaterialized: row.bool("materialized"),
                definition: row.string("definition"), options: row.stringArray("options").sorted(),
                comment: row.optionalString("comment"))
            view.isPopulated = row.bool("populated")
            return view
        }
    }
}
