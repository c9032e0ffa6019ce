import SchemaDSL

extension PrivilegesNewObjectsPulled {
    /// The objects of schema "app", pulled from the database by `db pull`.
    enum AppSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Schema("app").grant(.usage, to: "priv_reader")

            Enum("state", schema: "app", labels: "a", "b").revoke(.usage, from: "PUBLIC")

            DatabaseSequence("seq", schema: "app").grant(.usage, to: "priv_writer")

            Function(
                "total", schema: "app",
                returns: .type(.numeric),
                language: .sql,
                body: "SELECT sum(total) FROM app.orders"
            )
            .grant(.execute, to: "priv_reader")
            .revoke(.execute, from: "PUBLIC")

            Table("orders", schema: "app") {
                Column("id", .integer).notNull()
                Column("total", .numeric)
                PrimaryKey("id", name: "orders_pkey")
            }
            .grant(.select, to: "priv_reader")
            .grant(.select, columns: ["id"], to: "priv_writer")
            .grant(.update, columns: ["total"], to: "priv_writer")
        }
    }
}
