import SchemaDSL

extension UniqueConstraintsPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("t", schema: "public") {
                Column("id", .integer).notNull()
                Column("a", .integer)
                Column("b", .integer)
                Unique("a", "b", name: "t_ab_key")
                Unique("b", name: "t_b_key").nullsNotDistinct()
                PrimaryKey("id", name: "t_pkey")
            }
        }
    }
}
