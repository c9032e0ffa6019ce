import Catalog
import Postgres

/// Columns of tables, views and materialized views, in ordinal order: type, collation, NOT NULL, default,
/// identity (with its sequence's options), generated expression, comment, non-default storage and statistics target,
/// and whether the column is declared locally or only inherited.
///
/// Cheap on big schemas: the identity sequence is looked up only for identity columns (`OFFSET 0` keeps the planner
/// from turning that lookup into a hash of every column); a default is deparsed without its table (a DEFAULT cannot
/// name a column, and deparsing against the table opens and locks it for every call); comments come from a second,
/// small query and are matched here (a join with `pg_description` turns into a nested loop over every comment when
/// the catalog statistics are stale, and a lookup per column costs a tenth of the query); rows are put in order
/// here, not sorted with their expression texts on the server.
enum ColumnsQuery {
    static let sql = """
        SELECT a.attrelid::int8 AS relation_id, a.attnum AS position, n.nspname AS schema, c.relname AS relation,
               a.attname AS name,
               format_type(a.atttypid, a.atttypmod) AS type, t.typcollation::int8 AS type_collation,
               \(SQLFragments.nonDefaultCollation("a.attcollation", typeCollation: "t.typcollation")) AS collation,
               a.attnotnull AS not_null,
               CASE WHEN a.attgenerated = '' THEN pg_get_expr(ad.adbin, 0) END AS default_expression,
               CASE WHEN a.attgenerated = 's' THEN pg_get_expr(ad.adbin, ad.adrelid) END AS generated_expression,
               a.attidentity AS identity, s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
               CASE WHEN a.attstorage <> t.typstorage THEN a.attstorage END AS storage,
               NULLIF(a.attstattarget, -1) AS statistics_target, a.attislocal AS is_local
        FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
             JOIN pg_type t ON t.oid = a.atttypid
             LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
             LEFT JOIN LATERAL (
                 SELECT s.* FROM pg_depend idep JOIN pg_sequence s ON s.seqrelid = idep.objid
                 WHERE a.attidentity <> '' AND idep.refclassid = 'pg_class'::regclass AND idep.refobjid = a.attrelid
                   AND idep.refobjsubid = a.attnum AND idep.classid = 'pg_class'::regclass AND idep.deptype = 'i'
                 OFFSET 0) s
                 ON true
        WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm')
          AND \(SQLFragments.isScopedRelation())
        """

    /// The comments on columns of the relations `sql` reads.
    static let commentsSQL = """
        SELECT ds.objoid::int8 AS relation_id, ds.objsubid AS position, ds.description AS comment
        FROM \(SQLFragments.scopedRelations("'r', 'p', 'v', 'm'")) c
             JOIN pg_description ds ON ds.objoid = c.oid AND ds.classoid = 'pg_class'::regclass AND ds.objsubid > 0
        """

    /// Runs `sql`, then `commentsSQL`; also returns every column's name by relation oid and number.
    static func read(_ reader: CatalogReader) throws -> (columns: [OnRelation<Column>], names: ColumnNames) {
        let rows = try reader.rows(sql).map { (order: ($0.int("relation_id"), $0.int("position")), row: $0) }
            .sorted { $0.order < $1.order }
        var comments: [ColumnPosition: String] = [:]
        for row in try reader.rows(commentsSQL) {
            comments[ColumnPosition(relation: row.int("relation_id"), position: row.int("position"))] =
                row.string("comment")
        }
        var names = ColumnNames()
        let columns = rows.map { order, row in
            let type = row.string("type")
            var identity: Identity?
            switch row.string("identity") {
            case "a": identity = Identity(generation: .always, options: SequenceOptions(row: row, dataType: type))
            case "d": identity = Identity(generation: .byDefault, options: SequenceOptions(row: row, dataType: type))
            default: identity = nil
            }
            var column = Column(
                name: row.string("name"), type: type, collation: row.optionalString("collation"),
                isNotNull: row.bool("not_null"), defaultExpression: row.optionalString("default_expression"),
                identity: identity, generatedExpression: row.optionalString("generated_expression"),
                comment: comments[ColumnPosition(relation: order.0, position: order.1)])
            column.storage = row.optionalString("storage").map(storageName)
            column.statisticsTarget = row.optionalInt("statistics_target")
            column.isLocal = row.bool("is_local")
            names.add(
                column.name, typeCollation: row.int("type_collation"), relation: order.0, position: order.1)
            return OnRelation(relation: QualifiedName(row.string("schema"), row.string("relation")), value: column)
        }
        return (columns, names)
    }
}

/// `pg_attribute.attstorage` codes as `SET STORAGE` spells them.
private func storageName(_ code: String) -> String {
    switch code {
    case "p": return "plain"
    case "e": return "external"
    case "m": return "main"
    default: return "extended"
    }
}
