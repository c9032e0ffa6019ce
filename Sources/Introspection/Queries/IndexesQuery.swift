import Catalog
import Postgres

/// Indexes of tables and materialized views that do not back a constraint (those belong to their `Constraint`).
/// A partition's index attached to a partitioned parent index carries that index's name in `parentIndex`.
/// On a partitioned table `pg_get_indexdef` prints `ON ONLY t`, which would build an invalid parent-only index;
/// the definition drops `ONLY` so that running it creates the index on every partition, as the original did.
enum IndexesQuery {
    static func sql(serverVersion: Int) -> String {
        // UNIQUE NULLS NOT DISTINCT exists from Postgres 15.
        let nullsNotDistinct = serverVersion >= 150000 ? "i.indnullsnotdistinct" : "false"
        // Parallel arrays, one element per index column: the column name or the expression as pg_get_indexdef
        // prints it; for key columns a non-default operator class and a collation differing from the key type's
        // (the column's type; the database default for expressions), '' when default. indkey (0 = expression)
        // and indoption (1 = DESC, 2 = NULLS FIRST) come as space-separated int2vector text.
        let collation = SQLFragments.nonDefaultCollation(
            "i.indcollation[k - 1]",
            typeCollation: """
                COALESCE((SELECT kt.typcollation FROM pg_attribute ta JOIN pg_type kt ON kt.oid = ta.atttypid
                          WHERE ta.attrelid = i.indrelid AND ta.attnum = i.indkey[k - 1]), 100)
                """)
        return """
            SELECT n.nspname AS schema, c.relname AS relation, ic.relname AS name, am.amname AS method,
                   i.indisunique AS is_unique, i.indnkeyatts AS key_count, i.indkey::text AS key_columns,
                   i.indoption::text AS key_options,
                   ARRAY(SELECT CASE WHEN i.indkey[k - 1] <> 0
                                     THEN (SELECT ta.attname::text FROM pg_attribute ta
                                           WHERE ta.attrelid = i.indrelid AND ta.attnum = i.indkey[k - 1])
                                     ELSE pg_get_indexdef(i.indexrelid, k, true) END
                         FROM generate_series(1, i.indnatts::int) k ORDER BY k) AS key_expressions,
                   ARRAY(SELECT (SELECT CASE WHEN opc.opcdefault THEN ''
                                             WHEN opc.opcnamespace = 'pg_catalog'::regnamespace
                                             THEN quote_ident(opc.opcname)
                                             ELSE quote_ident(opcn.nspname) || '.' || quote_ident(opc.opcname) END
                                 FROM pg_opclass opc JOIN pg_namespace opcn ON opcn.oid = opc.opcnamespace
                                 WHERE opc.oid = i.indclass[k - 1])
                         FROM generate_series(1, i.indnkeyatts::int) k ORDER BY k) AS key_operator_classes,
                   ARRAY(SELECT CASE WHEN i.indcollation[k - 1] = 0 THEN '' ELSE COALESCE(\(collation), '') END
                         FROM generate_series(1, i.indnkeyatts::int) k ORDER BY k) AS key_collations,
                   pg_get_expr(i.indpred, i.indrelid) AS predicate, ic.reloptions AS storage_parameters,
                   \(nullsNotDistinct) AS nulls_not_distinct,
                   CASE WHEN c.relkind = 'p' THEN regexp_replace(pg_get_indexdef(i.indexrelid), ' ON ONLY ', ' ON ')
                        ELSE pg_get_indexdef(i.indexrelid) END AS definition,
                   \(SQLFragments.comment("pg_class", "ic.oid")) AS comment,
                   (SELECT pi.relname FROM pg_inherits ih JOIN pg_class pi ON pi.oid = ih.inhparent
                    WHERE ic.relispartition AND ih.inhrelid = ic.oid) AS parent_index,
                   ic.relkind = 'I' AS partitioned
            FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_am am ON am.oid = ic.relam
                 JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p', 'm') AND \(SQLFragments.isScopedRelation())
              AND NOT EXISTS (SELECT FROM pg_constraint k WHERE k.conindid = i.indexrelid
                              AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x'))
            """
    }

    static func read(_ reader: CatalogReader) throws -> [Index] {
        try reader.rows(sql(serverVersion: reader.serverVersion)).map { row in
            let keyCount = row.int("key_count")
            let expressions = row.stringArray("key_expressions")
            let columnNumbers = row.string("key_columns").split(separator: " ")
            let options = row.string("key_options").split(separator: " ").map { Int($0) ?? 0 }
            let operatorClasses = row.stringArray("key_operator_classes")
            let collations = row.stringArray("key_collations")
            let keys = (0..<min(keyCount, expressions.count)).map { position in
                let option = position < options.count ? options[position] : 0
                let descending = option & 1 != 0
                let nullsFirst = option & 2 != 0
                return IndexKey(
                    expression: expressions[position],
                    isColumn: position < columnNumbers.count && columnNumbers[position] != "0",
                    operatorClass: nonEmpty(operatorClasses, at: position), descending: descending,
                    nullsFirst: nullsFirst == descending ? nil : nullsFirst,
                    collation: nonEmpty(collations, at: position))
            }
            return Index(
                name: row.string("name"), table: QualifiedName(row.string("schema"), row.string("relation")),
                method: row.string("method"), isUnique: row.bool("is_unique"), keys: keys,
                includedColumns: Array(expressions.dropFirst(keyCount)),
                predicate: row.optionalString("predicate"), storageParameters: row.stringArray("storage_parameters"),
                nullsNotDistinct: row.bool("nulls_not_distinct"), definition: row.string("definition"),
                comment: row.optionalString("comment"), parentIndex: row.optionalString("parent_index"),
                isPartitioned: row.bool("partitioned"))
        }
    }

    /// The element at `position` unless it is missing or empty (the default).
    private static func nonEmpty(_ values: [String], at position: Int) -> String? {
        position < values.count && !values[position].isEmpty ? values[position] : nil
    }
}
