import Catalog
import Postgres

/// Table constraints (primary key, unique, foreign key, check, exclusion) with their structure and the
/// `pg_get_constraintdef` text. Constraints a partition inherits from its parent come flagged as partition clones
/// (`partition_clone`): the parent has them and Postgres creates them, but the diff needs their names.
enum ConstraintsQuery {
    static func sql(serverVersion: Int) -> String {
        // UNIQUE NULLS NOT DISTINCT exists from Postgres 15; the flag lives on the backing index. The backing index
        // is looked up only for the kinds that need it (not joined for every constraint).
        let nullsNotDistinct = serverVersion >= 150000
            ? "k.contype = 'u' AND (SELECT i.indnullsnotdistinct FROM pg_index i WHERE i.indexrelid = k.conindid)"
            : "false"
        return """
            SELECT c.nspname AS schema, c.relname AS relation, k.conname AS name, k.contype AS type,
                   pg_get_constraintdef(k.oid) AS definition, k.condeferrable AS deferrable,
                   k.condeferred AS deferred, k.convalidated AS validated, k.connoinherit AS no_inherit,
                   c.oid::int8 AS relation_id, k.conkey::text AS column_numbers,
                   fn.nspname AS referenced_schema, fc.relname AS referenced_table,
                   \(columnNames("k.confkey", of: "k.confrelid")) AS referenced_columns,
                   k.confdeltype AS on_delete, k.confupdtype AS on_update, k.confmatchtype AS match,
                   \(nullsNotDistinct) AS nulls_not_distinct,
                   CASE WHEN k.contype = 'x' THEN (SELECT am.amname FROM pg_class ic JOIN pg_am am ON am.oid = ic.relam
                                                   WHERE ic.oid = k.conindid) END AS exclusion_method,
                   CASE WHEN k.contype = 'x' THEN ARRAY(
                       SELECT pg_get_indexdef(k.conindid, op.position::int, true) || ' WITH ' ||
                              CASE WHEN o.oprnamespace = 'pg_catalog'::regnamespace THEN o.oprname::text
                                   ELSE 'OPERATOR(' || quote_ident(onsp.nspname) || '.' || o.oprname || ')' END
                       FROM unnest(k.conexclop) WITH ORDINALITY op(oid, position)
                            JOIN pg_operator o ON o.oid = op.oid JOIN pg_namespace onsp ON onsp.oid = o.oprnamespace
                       ORDER BY op.position) END AS exclusion_elements,
                   CASE WHEN k.contype = 'x' THEN (SELECT pg_get_expr(i.indpred, i.indrelid) FROM pg_index i
                                                   WHERE i.indexrelid = k.conindid) END AS exclusion_predicate,
                   \(SQLFragments.comment("pg_constraint", "k.oid")) AS comment,
                   NOT (k.conislocal AND k.conparentid = 0) AS partition_clone
            FROM \(SQLFragments.scopedRelations("'r', 'p'", extraColumns: ["relispartition"])) c
                 JOIN pg_constraint k ON k.conrelid = c.oid
                 LEFT JOIN pg_class fc ON fc.oid = k.confrelid
                 LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
            WHERE k.contype IN ('p', 'u', 'f', 'c', 'x') AND ((k.conislocal AND k.conparentid = 0) OR c.relispartition)
            """
    }

    /// `columnNames` are the names `ColumnsQuery` read: a constraint's own columns are named from them (its
    /// table is always read), a foreign key's referenced columns on the server (that table may be outside the
    /// selected schemas).
    static func read(_ reader: CatalogReader, columnNames: ColumnNames) throws -> [OnRelation<Constraint>] {
        try reader.rows(sql(serverVersion: reader.serverVersion)).map { row in
            let relation = QualifiedName(row.string("schema"), row.string("relation"))
            // Only keys name plain columns; an exclusion constraint's expression elements are numbered 0.
            func columns() throws -> [String] {
                try columnNames.names(
                    row.stringArray("column_numbers"), relationID: row.int("relation_id"), relation: relation)
            }
            let kind: Constraint.Kind
            switch row.string("type") {
            case "p":
                kind = .primaryKey(columns: try columns())
            case "u":
                kind = .unique(columns: try columns(), nullsNotDistinct: row.bool("nulls_not_distinct"))
            case "f":
                kind = .foreignKey(
                    ForeignKey(
                        columns: try columns(),
                        referencedTable: QualifiedName(row.string("referenced_schema"), row.string("referenced_table")),
                        referencedColumns: row.stringArray("referenced_columns"),
                        onDelete: referentialAction(row.string("on_delete")),
                        onUpdate: referentialAction(row.string("on_update")),
                        match: matchType(row.string("match"))))
            case "c":
                kind = .check(
                    expression: checkExpression(
                        definition: row.string("definition"), noInherit: row.bool("no_inherit"),
                        validated: row.bool("validated")),
                    noInherit: row.bool("no_inherit"))
            default:
                kind = .exclusion(
                    method: row.string("exclusion_method"), elements: row.stringArray("exclusion_elements"),
                    predicate: row.optionalString("exclusion_predicate"))
            }
            let constraint = Constraint(
                name: row.string("name"), kind: kind, definition: row.string("definition"),
                isDeferrable: row.bool("deferrable"), isInitiallyDeferred: row.bool("deferred"),
                isValidated: row.bool("validated"), comment: row.optionalString("comment"))
            return OnRelation(relation: relation, value: constraint, isPartitionClone: row.bool("partition_clone"))
        }
    }

    /// `pg_constraint.confdeltype`/`confupdtype` letters.
    private static func referentialAction(_ code: String) -> ForeignKey.ReferentialAction {
        switch code {
        case "r": .restrict
        case "c": .cascade
        case "n": .setNull
        case "d": .setDefault
        default: .noAction
        }
    }

    /// `pg_constraint.confmatchtype` letters.
    private static func matchType(_ code: String) -> ForeignKey.MatchType {
        switch code {
        case "f": .full
        case "p": .partial
        default: .simple
        }
    }

    /// The expression inside `CHECK (…)` of a `pg_get_constraintdef` text, which reads
    /// `CHECK (expression)[ NO INHERIT][ NOT VALID]`: the same text `pg_get_expr(conbin)` prints, without
    /// deparsing every check a second time.
    static func checkExpression(definition: String, noInherit: Bool, validated: Bool) -> String {
        var text = Substring(definition)
        if !validated, text.hasSuffix(" NOT VALID") { text = text.dropLast(" NOT VALID".count) }
        if noInherit, text.hasSuffix(" NO INHERIT") { text = text.dropLast(" NO INHERIT".count) }
        guard text.hasPrefix("CHECK ("), text.hasSuffix(")") else { return String(text) }
        return String(text.dropFirst("CHECK (".count).dropLast())
    }
}

/// The names of the columns numbered in `numbers` (an `int2[]` such as `conkey`) of relation `relation`, in order.
/// One index lookup per number: a join of the unnested numbers with `pg_attribute` makes the planner read every
/// column of the relation for each constraint, about a third slower on a 1,000-table schema.
private func columnNames(_ numbers: String, of relation: String) -> String {
    """
    ARRAY(SELECT (SELECT a.attname FROM pg_attribute a WHERE a.attrelid = \(relation) AND a.attnum = key.attnum)
          FROM unnest(\(numbers)) WITH ORDINALITY key(attnum, position) ORDER BY key.position)
    """
}
