import Catalog
import Postgres

/// `ALTER DEFAULT PRIVILEGES` entries (`pg_default_acl`) for every schema (relative to the built-in default of the
/// role) and for the selected schemas (grants only, as Postgres keeps them).
enum DefaultPrivilegesQuery {
    static let sql = """
        SELECT pg_get_userbyid(d.defaclrole) AS role, n.nspname AS schema, d.defaclobjtype AS object_type,
               d.defaclacl::text AS acl,
               CASE WHEN d.defaclnamespace = 0 THEN acldefault(CASE WHEN d.defaclobjtype = 'S' THEN 's'
                    ELSE d.defaclobjtype END::"char", d.defaclrole)::text END AS default_acl
        FROM pg_default_acl d LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace
        WHERE d.defaclnamespace = 0 OR n.nspname = ANY ($1::text[])
        """

    static func read(_ reader: CatalogReader) throws -> [DefaultPrivileges] {
        try reader.rows(sql).compactMap { row in
            guard let type = DefaultPrivileges.ObjectType(code: row.string("object_type")) else { return nil }
            let privileges = ACLText.privileges(
                acl: row.optionalString("acl"), defaultACL: row.optionalString("default_acl"))
            guard !privileges.isDefault else { return nil }
            return DefaultPrivileges(
                role: row.string("role"), schema: row.optionalString("schema"), objectType: type,
                privileges: privileges)
        }
    }
}
