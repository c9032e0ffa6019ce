import Catalog
import Postgres

/// Owners and ACLs of every schema, relation, column, sequence, function and type, in one query: each ACL is read
/// relative to `acldefault(kind, owner)` (what pg_dump prints; compared on the client, see `ACLText`), so a NULL
/// ACL and a default one both read as `Privileges()`. Columns get a row only when they have an ACL. Rows for
/// objects the catalog leaves out (extension members, the history table) are simply not applied, which is cheaper
/// than filtering them here.
enum PrivilegesQuery {
    /// What a row is about.
    enum Kind: String {
        case schema, relation, sequence, column, function, type
    }

    struct Row {
        var kind: Kind
        var name: QualifiedName
        /// Identity arguments of a function.
        var arguments: String?
        var column: String?
        var owner: String
        var privileges: Privileges
    }

    static let sql = """
        WITH objects AS (
            SELECT 'schema' AS kind, n.nspname AS schema, n.nspname AS name, NULL::text AS arguments,
                   NULL::name AS column_name, n.nspowner AS owner, n.nspacl AS acl,
                   acldefault('n', n.nspowner) AS default_acl
            FROM pg_namespace n WHERE n.nspname = ANY ($1::text[])
            UNION ALL
            SELECT CASE WHEN c.relkind = 'S' THEN 'sequence' ELSE 'relation' END, n.nspname, c.relname, NULL, NULL,
                   c.relowner, c.relacl, acldefault(CASE WHEN c.relkind = 'S' THEN 's' ELSE 'r' END::"char", c.relowner)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND n.nspname = ANY ($1::text[])
            UNION ALL
            SELECT 'column', n.nspname, c.relname, NULL, a.attname, c.relowner, a.attacl, NULL
            FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE a.attacl IS NOT NULL AND a.attnum > 0 AND NOT a.attisdropped
              AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND n.nspname = ANY ($1::text[])
            UNION ALL
            SELECT 'function', n.nspname, p.proname, pg_get_function_identity_arguments(p.oid), NULL, p.proowner,
                   p.proacl, acldefault('f', p.proowner)
            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE p.prokind IN ('f', 'p') AND n.nspname = ANY ($1::text[])
            UNION ALL
            SELECT 'type', n.nspname, t.typname, NULL, NULL, t.typowner, t.typacl, acldefault('T', t.typowner)
            FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
            WHERE n.nspname = ANY ($1::text[])
              AND (t.typtype IN ('e', 'd')
                   OR (t.typtype = 'c' AND EXISTS (SELECT FROM pg_class tc WHERE tc.oid = t.typrelid AND tc.relkind = 'c')))
        )
        SELECT kind, schema, name, arguments, column_name, pg_get_userbyid(owner) AS owner, acl::text AS acl,
               default_acl::text AS default_acl
        FROM objects
        """

    static func read(_ reader: CatalogReader) throws -> [Row] {
        try reader.rows(sql).compactMap { row in
            guard let kind = Kind(rawValue: row.string("kind")) else { return nil }
            let column = row.optionalString("column_name")
            return Row(
                kind: kind, name: QualifiedName(row.string("schema"), row.string("name")),
                arguments: row.optionalString("arguments"), column: column, owner: row.string("owner"),
                privileges: ACLText.privileges(
                    acl: row.optionalString("acl"), defaultACL: row.optionalString("default_acl"), column: column))
        }
    }
}
