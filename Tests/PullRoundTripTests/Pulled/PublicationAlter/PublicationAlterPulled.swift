import SchemaDSL

/// The database schema as `db pull` read it; one nested type per Postgres schema holds its declarations.
public enum PublicationAlterPulled: DatabaseSchema {
    public static var schema: [SchemaElement] {
        AppSchema.declarations
        AuditSchema.declarations
        PublicSchema.declarations
    }
}
