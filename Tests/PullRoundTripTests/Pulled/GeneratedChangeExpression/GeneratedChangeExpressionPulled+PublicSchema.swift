import SchemaDSL

extension GeneratedChangeExpressionPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("t", schema: "public") {
                Column("id", .integer).notNull()
                Column("a", .integer)
                Column("b", .integer).generated(as: "(a * 3)")
                PrimaryKey("id", name: "t_pkey")
            }
        }
    }
}
