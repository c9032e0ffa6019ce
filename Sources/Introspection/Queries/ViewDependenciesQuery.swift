import Catalog
import Postgres

/// What each view reads, from the dependencies of its `_RETURN` rule (`pg_rewrite` → `pg_depend`): relations
/// (tables, views, materialized views, foreign tables) as a whole and per column, and the functions it calls.
/// Built-in objects are pinned and never recorded, so only user and extension objects appear.
enum ViewDependenciesQuery {
    /// The sorted dependencies of one view.
    struct Dependencies: Sendable {
        var relations: [ColumnReference] = []
        var functions: [String] = []
    }

    static let sql = """
        SELECT DISTINCT n.nspname AS schema, c.relname AS view,
               rn.nspname AS relation_schema, rc.relname AS relation, ra.attname AS column_name,
               pn.nspname AS function_schema, p.proname AS function_name,
               pg_get_function_identity_arguments(p.oid) AS function_arguments
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             JOIN pg_rewrite r ON r.ev_class = c.oid
             JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid AND d.deptype = 'n'
             LEFT JOIN pg_class rc ON d.refclassid = 'pg_class'::regclass AND rc.oid = d.refobjid
                  AND rc.relkind IN ('r', 'p', 'v', 'm', 'f')
             LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
             LEFT JOIN pg_attribute ra ON ra.attrelid = rc.oid AND d.refobjsubid > 0 AND ra.attnum = d.refobjsubid
             LEFT JOIN pg_proc p ON d.refclassid = 'pg_proc'::regclass AND p.oid = d.refobjid
             LEFT JOIN pg_namespace pn ON pn.oid = p.pronamespace
        WHERE c.relkind IN ('v', 'm') AND d.refobjid <> c.oid AND (rc.oid IS NOT NULL OR p.oid IS NOT NULL)
          AND \(SQLFragments.isScopedRelation())
        """

    static func read(_ reader: CatalogReader) throws -> [QualifiedName: Dependencies] {
        var result: [QualifiedName: Dependencies] = [:]
        for row in try reader.rows(sql) {
            let view = QualifiedName(row.string("schema"), row.string("view"))
            if let relation = row.optionalString("relation") {
                result[view, default: Dependencies()].relations.append(
                    ColumnReference(
                        relation: QualifiedName(row.string("relation_schema"), relation),
                        column: row.optionalString("column_name")))
            }
            if let function = row.optionalString("function_name") {
                result[view, default: Dependencies()].functions.append(
                    Function.key(
                        QualifiedName(row.string("function_schema"), function),
                        identityArguments: row.string("function_arguments")))
            }
        }
        return result.mapValues { Dependencies(relations: $0.relations.sorted(), functions: $0.functions.sorted()) }
    }
}
