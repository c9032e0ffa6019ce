import SchemaDSL

extension GeneratedAddPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("t", schema: "public") {
                Column("id", .integer).notNull()
                Column("price", .numeric)
                Column("qty", .integer)
                Column("total", .numeric).generated(as: "(price * (qty)::numeric)")
                PrimaryKey("id", name: "t_pkey")
            }
        }
    }
}
