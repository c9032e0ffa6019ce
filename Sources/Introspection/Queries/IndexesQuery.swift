import Catalog
import Postgres

/// Indexes of tables and materialized views that do not back a constraint (those belong to their `Constraint`),
/// leaving out partitions' indexes attached to a partitioned parent index (the parent has them).
/// On a partitioned table `pg_get_indexdef` prints `ON ONLY t`, which would build an invalid parent-only index;
/// the definition drops `ONLY` so that running it creates the index on every partition, as the original did.
enum IndexesQuery {
    static func sql(serverVersion: Int) -> String {
        // UNIQUE NULLS NOT DISTINCT exists from Postgres 15.
        let nullsNotDistinct = serverVersion >= 150000 ? "i.indnullsnotdistinct" : "false"
        // Per key: the column name, or the expression as pg_get_indexdef prints it; whether it is a plain column, a non-default
        // operator class, the indoption bits (1 = DESC, 2 = NULLS FIRST) and a collation differing from the
        // key type's (the column's type; the database default for expressions).
        return """
            SELECT n.nspname AS schema, c.relname AS relation, ic.relname AS name, am.amname AS method,
                   i.indisunique AS is_unique, i.indnkeyatts AS key_count,
                   (SELECT json_agg(json_build_object(
                        'expression', CASE WHEN i.indkey[k.n - 1] <> 0 THEN ta.attname::text
                                           ELSE pg_get_indexdef(i.indexrelid, k.n, true) END,
                        'isColumn', i.indkey[k.n - 1] <> 0,
                        'operatorClass', CASE WHEN NOT opc.opcdefault THEN
                            CASE WHEN opc.opcnamespace = 'pg_catalog'::regnamespace THEN quote_ident(opc.opcname)
                                 ELSE quote_ident(opcn.nspname) || '.' || quote_ident(opc.opcname) END END,
                        'option', i.indoption[k.n - 1],
                        'collation', CASE WHEN k.n <= i.indnkeyatts THEN \(SQLFragments.nonDefaultCollation(
                            "i.indcollation[k.n - 1]", typeCollation: "COALESCE(kt.typcollation, 100)")) END
                        ) ORDER BY k.n)
                    FROM generate_series(1, i.indnatts::int) k(n)
                         LEFT JOIN pg_opclass opc ON k.n <= i.indnkeyatts AND opc.oid = i.indclass[k.n - 1]
                         LEFT JOIN pg_namespace opcn ON opcn.oid = opc.opcnamespace
                         LEFT JOIN pg_attribute ta ON ta.attrelid = i.indrelid AND ta.attnum = i.indkey[k.n - 1]
                         LEFT JOIN pg_type kt ON kt.oid = ta.atttypid) AS keys,
                   pg_get_expr(i.indpred, i.indrelid) AS predicate, ic.reloptions AS storage_parameters,
                   \(nullsNotDistinct) AS nulls_not_distinct,
                   CASE WHEN c.relkind = 'p' THEN regexp_replace(pg_get_indexdef(i.indexrelid), ' ON ONLY ', ' ON ')
                        ELSE pg_get_indexdef(i.indexrelid) END AS definition,
                   \(SQLFragments.comment("pg_class", "ic.oid")) AS comment
            FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_am am ON am.oid = ic.relam
                 JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p', 'm') AND NOT ic.relispartition AND \(SQLFragments.isScopedRelation())
              AND NOT EXISTS (SELECT FROM pg_constraint k WHERE k.conindid = i.indexrelid
                              AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x'))
            """
    }

    /// One element of the `keys` JSON array.
    private struct KeyRow: Decodable {
        var expression: String
        var isColumn: Bool
        var operatorClass: String?
        var option: Int?
        var collation: String?
    }

    static func read(_ reader: CatalogReader) throws -> [Index] {
        try reader.rows(sql(serverVersion: reader.serverVersion)).map { row in
            let keyCount = row.int("key_count")
            let keyRows = try decodeJSON([KeyRow].self, row["keys"]) ?? []
            let keys = keyRows.prefix(keyCount).map { key in
                let option = key.option ?? 0
                let descending = option & 1 != 0
                let nullsFirst = option & 2 != 0
                return IndexKey(
                    expression: key.expression, isColumn: key.isColumn, operatorClass: key.operatorClass,
                    descending: descending, nullsFirst: nullsFirst == descending ? nil : nullsFirst,
                    collation: key.collation)
            }
            return Index(
                name: row.string("name"), table: QualifiedName(row.string("schema"), row.string("relation")),
                method: row.string("method"), isUnique: row.bool("is_unique"), keys: Array(keys),
                includedColumns: keyRows.dropFirst(keyCount).map(\.expression),
                predicate: row.optionalString("predicate"), storageParameters: row.stringArray("storage_parameters"),
                nullsNotDistinct: row.bool("nulls_not_distinct"), definition: row.string("definition"),
                comment: row.optionalString("comment"))
        }
    }
}
