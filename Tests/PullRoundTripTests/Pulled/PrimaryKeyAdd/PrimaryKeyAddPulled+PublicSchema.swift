import SchemaDSL

extension PrimaryKeyAddPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("t", schema: "public") {
                Column("id", .integer).notNull()
                Column("n", .text)
                PrimaryKey("id", name: "t_pkey")
            }
        }
    }
}
