import SchemaDSL

extension RetypeColumnWithIndexAndFkPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("c", schema: "public") {
                Column("id", .integer)
                Column("p_id", .integer)
                Column("n", .bigint)
                ForeignKey(["p_id"], references: [TableReference("p", schema: "public").column("id")], name: "c_p_id_fkey")
                Index("c_n_idx", on: .column("n"))
            }

            Table("p", schema: "public") {
                Column("id", .integer).notNull()
                PrimaryKey("id", name: "p_pkey")
            }
        }
    }
}
