import Catalog
import Postgres

/// Row-level security policies: command, PERMISSIVE/RESTRICTIVE, roles (sorted; `public` for everyone), USING and
/// WITH CHECK expressions, comment.
enum PoliciesQuery {
    static let sql = """
        SELECT n.nspname AS schema, c.relname AS relation, p.polname AS name, p.polcmd AS command,
               p.polpermissive AS permissive,
               CASE WHEN p.polroles = '{0}'::oid[] THEN ARRAY['public']::text[]
                    ELSE ARRAY(SELECT r.rolname::text FROM pg_roles r WHERE r.oid = ANY (p.polroles)) END AS roles,
               pg_get_expr(p.polqual, p.polrelid) AS using_expression,
               pg_get_expr(p.polwithcheck, p.polrelid) AS with_check,
               \(SQLFragments.comment("pg_policy", "p.oid")) AS comment
        FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE \(SQLFragments.isScopedRelation())
        """

    static func read(_ reader: CatalogReader) throws -> [Policy] {
        try reader.rows(sql).map { row in
            let command: Policy.Command =
                switch row.string("command") {
                case "r": .select
                case "a": .insert
                case "w": .update
                case "d": .delete
                default: .all
                }
            return Policy(
                name: row.string("name"), table: QualifiedName(row.string("schema"), row.string("relation")),
                command: command, isPermissive: row.bool("permissive"), roles: row.stringArray("roles").sorted(),
                using: row.optionalString("using_expression"), withCheck: row.optionalString("with_check"),
                comment: row.optionalString("comment"))
        }
    }
}
