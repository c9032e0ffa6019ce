import SchemaDSL

extension CheckConstraintsPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("t", schema: "public") {
                Column("id", .integer)
                Column("a", .integer)
                Column("b", .integer)
                Check("t_b_check", "(b > 10)")
                Check("t_sum", "((a + b) < 100)").noInherit()
            }
        }
    }
}
