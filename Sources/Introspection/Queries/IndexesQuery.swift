import Catalog
import Postgres

/// Indexes of tables and materialized views that do not back a constraint (those belong to their `Constraint`).
/// A partition's index attached to a partitioned parent index carries that index's name in `parentIndex`.
///
/// The index is read as parts (method, keys, `INCLUDE`, predicate, options), not as `pg_get_indexdef` text: the
/// diff renders `CREATE INDEX` from them, and deparsing every whole index costs more than the rest of the query.
/// Only expression keys and the predicate are deparsed.
enum IndexesQuery {
    static func sql(serverVersion: Int) -> String {
        // UNIQUE NULLS NOT DISTINCT exists from Postgres 15.
        let nullsNotDistinct = serverVersion >= 150000 ? "i.indnullsnotdistinct" : "false"
        // `index_keys` has one row per index column: the expression as Postgres prints it ('' for a plain column,
        // named on the client from indkey); for key columns a non-default operator class (or any one given
        // parameters, which live in the index column's attoptions), and the collation's name and oid ('' and 0
        // when none; the client keeps it when it differs from the key type's). The attoptions are one index probe
        // per key (OFFSET 0 keeps the planner from hashing all of pg_attribute instead). The arrays are aggregated
        // in whatever order the rows come (an ORDER BY in each aggregate would sort every index's keys several
        // times); `positions` says that order, and `read` puts them in key order. indkey (0 = expression) and
        // indoption (1 = DESC, 2 = NULLS FIRST) come as space-separated int2vector text.
        return """
            WITH indexes AS MATERIALIZED (
                SELECT i.indexrelid, i.indrelid, i.indkey, i.indclass, i.indcollation, i.indnkeyatts, i.indoption,
                       i.indisunique, i.indpred, \(nullsNotDistinct) AS nulls_not_distinct, c.nspname, c.relname
                FROM \(SQLFragments.scopedRelations("'r', 'p', 'm'")) c JOIN pg_index i ON i.indrelid = c.oid
                WHERE NOT EXISTS (SELECT FROM pg_constraint k WHERE k.conindid = i.indexrelid
                                  AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x'))
            ), index_keys AS (
                SELECT x.indexrelid, u.position,
                       CASE WHEN u.attnum <> 0 THEN ''
                            ELSE pg_get_indexdef(x.indexrelid, u.position::int, true) END AS expression,
                       CASE WHEN u.position > x.indnkeyatts OR (opc.opcdefault AND ia.attoptions IS NULL) THEN ''
                            WHEN opc.opcnamespace = 'pg_catalog'::regnamespace THEN quote_ident(opc.opcname)
                            ELSE quote_ident(opcn.nspname) || '.' || quote_ident(opc.opcname) END AS operator_class,
                       COALESCE(ia.attoptions::text, '{}') AS operator_class_options,
                       CASE WHEN u.key_collation = 0 THEN ''
                            WHEN co.collnamespace = 'pg_catalog'::regnamespace THEN quote_ident(co.collname)
                            ELSE quote_ident(cn.nspname) || '.' || quote_ident(co.collname) END AS key_collation,
                       u.key_collation::int8 AS key_collation_id
                FROM indexes x
                     CROSS JOIN LATERAL unnest(x.indkey::int2[], x.indclass::oid[], x.indcollation::oid[])
                         WITH ORDINALITY AS u(attnum, operator_class, key_collation, position)
                     LEFT JOIN pg_opclass opc ON opc.oid = u.operator_class
                     LEFT JOIN pg_namespace opcn ON opcn.oid = opc.opcnamespace
                     LEFT JOIN pg_collation co ON co.oid = u.key_collation
                     LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
                     LEFT JOIN LATERAL (SELECT ia.attoptions FROM pg_attribute ia
                                        WHERE ia.attrelid = x.indexrelid AND ia.attnum = u.position OFFSET 0) ia ON true
            ), keys AS (
                SELECT indexrelid, array_agg(position) AS positions, array_agg(expression) AS expressions,
                       array_agg(operator_class) AS operator_classes,
                       array_agg(operator_class_options) AS operator_class_options,
                       array_agg(key_collation) AS collations, array_agg(key_collation_id) AS collation_ids
                FROM index_keys GROUP BY indexrelid
            )
            SELECT x.nspname AS schema, x.relname AS relation, x.indrelid::int8 AS relation_id, ic.relname AS name,
                   am.amname AS method,
                   x.indisunique AS is_unique, x.indnkeyatts AS key_count, x.indkey::text AS key_columns,
                   x.indoption::text AS key_options, keys.positions AS key_positions,
                   keys.expressions AS key_expressions,
                   keys.operator_classes AS key_operator_classes,
                   keys.operator_class_options AS key_operator_class_options, keys.collations AS key_collations,
                   keys.collation_ids AS key_collation_ids,
                   pg_get_expr(x.indpred, x.indrelid) AS predicate, ic.reloptions AS storage_parameters,
                   x.nulls_not_distinct, \(SQLFragments.comment("pg_class", "ic.oid")) AS comment,
                   (SELECT pi.relname FROM pg_inherits ih JOIN pg_class pi ON pi.oid = ih.inhparent
                    WHERE ic.relispartition AND ih.inhrelid = ic.oid) AS parent_index,
                   ic.relkind = 'I' AS partitioned
            FROM indexes x JOIN keys ON keys.indexrelid = x.indexrelid
                 JOIN pg_class ic ON ic.oid = x.indexrelid JOIN pg_am am ON am.oid = ic.relam
            """
    }

    /// An index as read, before its plain column keys and `INCLUDE` columns are named and their collations
    /// compared with the columns' types (`named(from:)`): the columns are read in another query, maybe by another
    /// session at the same time.
    struct Unnamed: Sendable {
        var index: Index
        var relationID: Int
        /// Per index column (keys, then `INCLUDE`): its `attnum`, 0 for an expression.
        var columnNumbers: [Int]
        /// Per key: the collation's oid (0 for none) and name.
        var collations: [(id: Int, name: String)]

        /// The index with its columns named and only non-default key collations kept (a column's default is its
        /// type's collation, an expression's the database default, 100).
        func named(from columns: ColumnNames) throws -> Index {
            var index = index
            let keyCount = index.keys.count
            for (position, number) in columnNumbers.enumerated() {
                var typeCollation = 100
                if number != 0 {
                    let column = try columns.column(number, relationID: relationID, relation: index.table)
                    typeCollation = column.typeCollation
                    if position < keyCount {
                        index.keys[position].expression = column.name
                    } else if position - keyCount < index.includedColumns.count {
                        index.includedColumns[position - keyCount] = column.name
                    }
                }
                guard position < keyCount, position < collations.count else { continue }
                let collation = collations[position]
                index.keys[position].collation =
                    collation.id != 0 && collation.id != typeCollation ? collation.name : nil
            }
            return index
        }
    }

    static func read(_ reader: CatalogReader) throws -> [Unnamed] {
        try reader.rows(sql(serverVersion: reader.serverVersion)).map { row in
            let keyCount = row.int("key_count")
            let inKeyOrder = keyOrder(row.stringArray("key_positions").map { Int($0) ?? 0 })
            let expressions = inKeyOrder(row.stringArray("key_expressions"))
            let columnNumbers = row.string("key_columns").split(separator: " ").map { Int($0) ?? 0 }
            let options = row.string("key_options").split(separator: " ").map { Int($0) ?? 0 }
            let operatorClasses = inKeyOrder(row.stringArray("key_operator_classes"))
            let operatorClassOptions = inKeyOrder(row.stringArray("key_operator_class_options"))
            let collationNames = inKeyOrder(row.stringArray("key_collations"))
            let collationIDs = inKeyOrder(row.stringArray("key_collation_ids")).map { Int($0) ?? 0 }
            let keys = (0..<min(keyCount, expressions.count)).map { position in
                let option = position < options.count ? options[position] : 0
                let descending = option & 1 != 0
                let nullsFirst = option & 2 != 0
                return IndexKey(
                    expression: expressions[position],
                    isColumn: position < columnNumbers.count && columnNumbers[position] != 0,
                    operatorClass: nonEmpty(operatorClasses, at: position),
                    operatorClassOptions: position < operatorClassOptions.count
                        ? parsePostgresArray(operatorClassOptions[position]) : [],
                    descending: descending, nullsFirst: nullsFirst == descending ? nil : nullsFirst)
            }
            let index = Index(
                name: row.string("name"), table: QualifiedName(row.string("schema"), row.string("relation")),
                method: row.string("method"), isUnique: row.bool("is_unique"), keys: keys,
                includedColumns: Array(expressions.dropFirst(keyCount)),
                predicate: row.optionalString("predicate"), storageParameters: row.stringArray("storage_parameters"),
                nullsNotDistinct: row.bool("nulls_not_distinct"), comment: row.optionalString("comment"),
                parentIndex: row.optionalString("parent_index"), isPartitioned: row.bool("partitioned"))
            return Unnamed(
                index: index, relationID: row.int("relation_id"), columnNumbers: columnNumbers,
                collations: zip(collationIDs, collationNames).map { (id: $0, name: $1) })
        }
    }

    /// Puts an array aggregated in the order of `positions` (the 1-based key positions, as aggregated alongside) in
    /// key order; the permutation is worked out once for all the index's arrays.
    private static func keyOrder(_ positions: [Int]) -> ([String]) -> [String] {
        let order = positions.indices.sorted { positions[$0] < positions[$1] }
        return { values in values.count == order.count ? order.map { values[$0] } : values }
    }

    /// The element at `position` unless it is missing or empty (the default).
    private static func nonEmpty(_ values: [String], at position: Int) -> String? {
        position < values.count && !values[position].isEmpty ? values[position] : nil
    }
}
