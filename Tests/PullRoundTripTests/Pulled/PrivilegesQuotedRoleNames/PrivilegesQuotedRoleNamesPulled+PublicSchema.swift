import SchemaDSL

extension PrivilegesQuotedRoleNamesPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Function(
                "f", schema: "public",
                returns: .type(.integer),
                language: .sql,
                body: "SELECT 1"
            )
            .grant(.execute, to: "priv rôle ü, x")

            Table("items", schema: "public") {
                Column("id", .integer).notNull()
                Column("name", .text)
                PrimaryKey("id", name: "items_pkey")
            }
            .grant(.select, .insert, to: "priv_a\"b", withGrantOption: true)
            .grant(.select, columns: ["name"], to: "priv rôle ü, x")
        }
    }
}
