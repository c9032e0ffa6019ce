import SchemaDSL

extension CreateTablePulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("items", schema: "public") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull().default(.raw("''::text"))
                Column("price", .builtin("numeric(10,2)"))
                Column("created_at", .timestamptz).notNull().default(.raw("now()"))
                PrimaryKey("id", name: "items_pkey")
                Check("items_price_check", "(price > (0)::numeric)")
            }
        }
    }
}
