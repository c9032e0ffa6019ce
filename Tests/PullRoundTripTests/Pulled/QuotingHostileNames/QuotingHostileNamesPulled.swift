import SchemaDSL

/// The database schema as `db pull` read it; one nested type per Postgres schema holds its declarations.
public enum QuotingHostileNamesPulled: DatabaseSchema {
    public static var schema: [SchemaElement] {
        PublicSchema.declarations
        SXSchema.declarations
    }
}
