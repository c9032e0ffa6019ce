import SchemaDSL

extension PrivilegesDefaultPrivilegesPulled {
    /// The objects of schema "app", pulled from the database by `db pull`.
    enum AppSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Schema("app")

            Table("t", schema: "app") {
                Column("id", .integer)
            }

            DefaultPrivileges(for: "priv_adp_owner", in: "app", on: .functions).grant(.execute, to: "priv_writer")
            DefaultPrivileges(for: "priv_adp_owner", in: "app", on: .tables).grant(.select, to: "priv_reader")
        }
    }
}
