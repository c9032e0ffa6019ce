import SchemaDSL

extension PublicationAllTablesPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("orders", schema: "public") {
                Column("id", .integer).notNull()
                Column("total", .numeric).notNull()
                PrimaryKey("id", name: "orders_pkey")
            }

            Publication.allTables("becomes_all").publish(.insert, .update, .delete).comment("kept across the recreate")

            Publication("stops_being_all")
            .table(TableReference("orders", schema: "public"), columns: "id", "total")
            .publish(.insert, .delete)
        }
    }
}
