import SchemaDSL

extension ConstraintNotValidValidatePulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("c", schema: "public") {
                Column("id", .integer)
                Column("p_id", .integer)
                Check("c_id_check", "(id > 0)")
                ForeignKey(["p_id"], references: [TableReference("p", schema: "public").column("id")], name: "c_p_fkey")
            }

            Table("p", schema: "public") {
                Column("id", .integer).notNull()
                PrimaryKey("id", name: "p_pkey")
            }
        }
    }
}
