import Catalog
import Postgres

/// Standalone sequences with their options and `OWNED BY` column; identity sequences are left out (they are part
/// of their column's `identity`), as are sequences owned by the migration history table.
enum SequencesQuery {
    static let sql = """
        SELECT n.nspname AS schema, c.relname AS name, format_type(s.seqtypid, NULL) AS data_type,
               s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle,
               own_n.nspname AS owner_schema, own_c.relname AS owner_table, own_a.attname AS owner_column,
               \(SQLFragments.comment("pg_class", "c.oid")) AS comment
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_sequence s ON s.seqrelid = c.oid
             LEFT JOIN pg_depend own ON own.classid = 'pg_class'::regclass AND own.objid = c.oid
                  AND own.refclassid = 'pg_class'::regclass AND own.deptype = 'a' AND own.refobjsubid > 0
             LEFT JOIN pg_class own_c ON own_c.oid = own.refobjid
             LEFT JOIN pg_namespace own_n ON own_n.oid = own_c.relnamespace
             LEFT JOIN pg_attribute own_a ON own_a.attrelid = own.refobjid AND own_a.attnum = own.refobjsubid
        WHERE c.relkind = 'S' AND \(SQLFragments.isScopedRelation())
          AND NOT (own_n.nspname IS NOT DISTINCT FROM 'public' AND own_c.relname IS NOT DISTINCT FROM '__migrations')
          AND NOT EXISTS (SELECT FROM pg_depend i WHERE i.classid = 'pg_class'::regclass AND i.objid = c.oid
                          AND i.refclassid = 'pg_class'::regclass AND i.deptype = 'i')
        """

    static func read(_ reader: CatalogReader) throws -> [SequenceDefinition] {
        try reader.rows(sql).map { row in
            let dataType = row.string("data_type")
            var ownedBy: ColumnReference?
            if let table = row.optionalString("owner_table") {
                ownedBy = ColumnReference(
                    relation: QualifiedName(row.string("owner_schema"), table),
                    column: row.optionalString("owner_column"))
            }
            return SequenceDefinition(
                name: QualifiedName(row.string("schema"), row.string("name")), dataType: dataType,
                options: SequenceOptions(row: row, dataType: dataType), ownedBy: ownedBy,
                comment: row.optionalString("comment"))
        }
    }
}
