import SchemaDSL

extension DefaultChangesPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("t", schema: "public") {
                Column("id", .integer).notNull()
                Column("a", .text).default(.raw("'y'::text"))
                Column("b", .integer).default(.raw("42"))
                Column("c", .timestamptz)
                PrimaryKey("id", name: "t_pkey")
            }
        }
    }
}
