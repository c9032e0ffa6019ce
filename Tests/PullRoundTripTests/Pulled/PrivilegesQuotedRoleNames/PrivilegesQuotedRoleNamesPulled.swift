import SchemaDSL

/// The database schema as `db pull` read it; one nested type per Postgres schema holds its declarations.
public enum PrivilegesQuotedRoleNamesPulled: DatabaseSchema {
    public static var schema: [SchemaElement] {
        Role("priv rôle ü, x")
        Role("priv_a\"b")
        PublicSchema.declarations
    }
}
