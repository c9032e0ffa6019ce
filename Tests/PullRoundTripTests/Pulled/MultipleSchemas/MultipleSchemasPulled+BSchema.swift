import SchemaDSL

extension MultipleSchemasPulled {
    /// The objects of schema "b", pulled from the database by `db pull`.
    enum BSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Schema("b")

            Table("posts", schema: "b") {
                Column("id", .integer).notNull()
                Column("user_id", .integer)
                PrimaryKey("id", name: "posts_pkey")
                ForeignKey(["user_id"], references: [TableReference("users", schema: "a").column("id")], name: "posts_user_id_fkey")
            }
        }
    }
}
