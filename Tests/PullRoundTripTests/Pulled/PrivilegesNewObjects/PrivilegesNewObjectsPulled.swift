import SchemaDSL

/// The database schema as `db pull` read it; one nested type per Postgres schema holds its declarations.
public enum PrivilegesNewObjectsPulled: DatabaseSchema {
    public static var schema: [SchemaElement] {
        Role("priv_reader")
        Role("priv_writer")
        AppSchema.declarations
        PublicSchema.declarations
    }
}
