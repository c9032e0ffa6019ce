import SchemaDSL

extension MultipleSchemasPulled {
    /// The objects of schema "a", pulled from the database by `db pull`.
    enum ASchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Schema("a")

            Table("users", schema: "a") {
                Column("id", .integer).notNull()
                Column("lvl", .enum("level", schema: "c"))
                PrimaryKey("id", name: "users_pkey")
            }
        }
    }
}
