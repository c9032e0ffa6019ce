import SchemaDSL

/// The database schema as `db pull` read it; one nested type per Postgres schema holds its declarations.
public enum PrivilegesDefaultPrivilegesPulled: DatabaseSchema {
    public static var schema: [SchemaElement] {
        Role("priv_adp_owner")
        Role("priv_reader")
        Role("priv_writer")
        DefaultPrivileges(for: "priv_adp_owner", on: .functions).revoke(.execute, from: "PUBLIC")
        DefaultPrivileges(for: "priv_adp_owner", on: .schemas).grant(.usage, to: "priv_reader")
        DefaultPrivileges(for: "priv_adp_owner", on: .tables)
        .grant(.select, .insert, to: "priv_writer", withGrantOption: true)
        DefaultPrivileges(for: "priv_adp_owner", on: .types).revoke(.usage, from: "PUBLIC")
        AppSchema.declarations
    }
}
