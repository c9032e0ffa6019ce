import SchemaDSL

/// The database schema as `db pull` read it; one nested type per Postgres schema holds its declarations.
public enum PoliciesPulled: DatabaseSchema {
    public static var schema: [SchemaElement] {
        Role("app_reader")
        PublicSchema.declarations
    }
}
