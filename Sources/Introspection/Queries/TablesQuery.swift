import Catalog
import Postgres

/// Ordinary and partitioned tables: persistence, partition key, parent and bound, RLS flags, comment, storage
/// parameters, replica identity and `INHERITS` parents.
/// Columns, constraints, indexes, triggers and policies are read by their own queries.
enum TablesQuery {
    static let sql = """
        SELECT n.nspname AS schema, c.relname AS name, c.relpersistence = 'u' AS unlogged,
               c.relrowsecurity AS row_security, c.relforcerowsecurity AS force_row_security,
               CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_key,
               pn.nspname AS parent_schema, pc.relname AS parent_name,
               CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END AS partition_bound,
               \(SQLFragments.comment("pg_class", "c.oid")) AS comment,
               ARRAY(SELECT o FROM unnest(c.reloptions) o
                     UNION ALL SELECT 'toast.' || o FROM pg_class tc, unnest(tc.reloptions) o WHERE tc.oid = c.reltoastrelid
                     ORDER BY 1) AS storage_parameters,
               c.relreplident AS replica_identity,
               (SELECT ic.relname FROM pg_index x JOIN pg_class ic ON ic.oid = x.indexrelid
                WHERE x.indrelid = c.oid AND x.indisreplident) AS replica_index,
               COALESCE(parents.schemas, '{}') AS parent_schemas, COALESCE(parents.names, '{}') AS parent_names
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             LEFT JOIN (
                 SELECT h.inhrelid, array_agg(hn.nspname ORDER BY h.inhseqno) AS schemas,
                        array_agg(hc.relname ORDER BY h.inhseqno) AS names
                 FROM pg_inherits h JOIN pg_class child ON child.oid = h.inhrelid AND NOT child.relispartition
                      JOIN pg_class hc ON hc.oid = h.inhparent JOIN pg_namespace hn ON hn.oid = hc.relnamespace
                 GROUP BY h.inhrelid) parents ON parents.inhrelid = c.oid
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
            var table = Table(
                name: QualifiedName(row.string("schema"), row.string("name")), comment: row.optionalString("comment"),
                isUnlogged: row.bool("unlogged"), partitionKey: row.optionalString("partition_key"),
                partitionOf: partitionOf, rowLevelSecurity: row.bool("row_security"),
                forceRowLevelSecurity: row.bool("force_row_security"))
            table.storageParameters = row.stringArray("storage_parameters")
            table.replicaIdentity = replicaIdentity(row.string("replica_identity"), index: row.optionalString("replica_index"))
            table.inheritsFrom = zip(row.stringArray("parent_schemas"), row.stringArray("parent_names")).map {
                QualifiedName($0, $1)
            }
            return table
        }
    }
}

/// `pg_class.relreplident` as a `ReplicaIdentity`; `i` without an index flagged behaves like `n`.
private func replicaIdentity(_ code: String, index: String?) -> ReplicaIdentity {
    switch code {
    case "f": return .full
    case "n": return .nothing
    case "i": return index.map(ReplicaIdentity.index) ?? .nothing
    default: return .default
    }
}
