import Catalog
import Postgres

/// Ordinary and partitioned tables: persistence, partition key, parent and bound, RLS flags, comment.
/// Columns, constraints, indexes, triggers and policies are read by their own queries.
enum TablesQuery {
    static let sql = """
        SELECT n.nspname AS schema, c.relname AS name, c.relpersistence = 'u' AS unlogged,
               c.relrowsecurity AS row_security, c.relforcerowsecurity AS force_row_security,
               CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_key,
               pn.nspname AS parent_schema, pc.relname AS parent_name,
               CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END AS partition_bound,
               \(SQLFragments.comment("pg_class", "c.oid")) AS comment
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             LEFT JOIN pg_inherits i ON c.relispartition AND i.inhrelid = c.oid
             LEFT JOIN pg_class pc ON pc.oid = i.inhparent
             LEFT JOIN pg_namespace pn ON pn.oid = pc.relnamespace
        WHERE c.relkind IN ('r', 'p') AND \(SQLFragments.isScopedRelation())
        """

    static func read(_ reader: CatalogReader) throws -> [Table] {
        try reader.rows(sql).map { row in
            var partitionOf: PartitionBound?
            if let parent = row.optionalString("parent_name"), let bound = row.optionalString("partition_bound") {
                partitionOf = PartitionBound(parent: QualifiedName(row.string("parent_schema"), parent), bound: bound)
            }
            return Table(
                name: QualifiedName(row.string("schema"), row.string("name")), comment: row.optionalString("comment"),
                isUnlogged: row.bool("unlogged"), partitionKey: row.optionalString("partition_key"),
                partitionOf: partitionOf, rowLevelSecurity: row.bool("row_security"),
                forceRowLevelSecurity: row.bool("force_row_security"))
        }
    }
}
