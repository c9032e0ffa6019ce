import SchemaDSL

extension ForeignKeyCircularPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("a", schema: "public") {
                Column("id", .integer).notNull()
                Column("b_id", .integer)
                ForeignKey(["b_id"], references: [TableReference("b", schema: "public").column("id")], name: "a_b_fkey")
                PrimaryKey("id", name: "a_pkey")
            }

            Table("b", schema: "public") {
                Column("id", .integer).notNull()
                Column("a_id", .integer)
                ForeignKey(["a_id"], references: [TableReference("a", schema: "public").column("id")], name: "b_a_id_fkey")
                PrimaryKey("id", name: "b_pkey")
            }
        }
    }
}
