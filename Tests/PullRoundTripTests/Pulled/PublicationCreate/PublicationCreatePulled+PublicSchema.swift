import SchemaDSL

extension PublicationCreatePulled {
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
                PrimaryKey("id", name: "orders_pkey")
            }

            Table("shipments", schema: "public") {
                Column("id", .integer).notNull()
                Column("order_id", .integer)
                Column("sent_at", .timestamptz)
                PrimaryKey("id", name: "shipments_pkey")
            }

            Publication("empty_pub").publish().comment("nothing yet, \"quoted\" and it's fine")

            Publication("orders_pub")
            .table(TableReference("customers", schema: "public"))
            .table(TableReference("orders", schema: "public"), columns: "id", "total", where: "((total > (0)::numeric) AND (id < 1000))")
            .table(TableReference("shipments", schema: "public"))
            .publish(.insert, .update)
        }
    }
}
