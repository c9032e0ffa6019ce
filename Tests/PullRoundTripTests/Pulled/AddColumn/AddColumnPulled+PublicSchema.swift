import SchemaDSL

extension AddColumnPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("t", schema: "public") {
                Column("id", .integer).notNull()
                Column("name", .text).notNull().default(.raw("'x'::text"))
                Column("tags", .array(.text))
                Column("meta", .jsonb)
                PrimaryKey("id", name: "t_pkey")
            }
        }
    }
}
