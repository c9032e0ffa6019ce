import SchemaDSL

extension PublicationAlterPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("customers", schema: "public") {
                Column("id", .integer).notNull()
                Column("name", .text)
                PrimaryKey("id", name: "customers_pkey")
            }

            Table("orders", schema: "public") {
                Column("id", .integer).notNull()
                Column("total", .numeric).notNull()
                Column("note", .text)
                Column("shipped", .boolean).default(.raw("false"))
                PrimaryKey("id", name: "orders_pkey")
            }

            Table("shipments", schema: "public") {
                Column("id", .integer).notNull()
                Column("order_id", .integer)
                PrimaryKey("id", name: "shipments_pkey")
            }

            Publication("orders_pub")
            .table(TableReference("customers", schema: "public"), columns: "id", "name", where: "(id > 1)")
            .table(TableReference("orders", schema: "public"), columns: "id", "total", "shipped", where: "(NOT shipped)")
            .table(TableReference("shipments", schema: "public"))
            .publish(.insert)
            .viaPartitionRoot()

            Publication("schema_pub")
            .table(TableReference("orders", schema: "public"))
            .tables(inSchema: "audit")
            .comment("new")
        }
    }
}
