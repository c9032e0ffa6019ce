import SchemaDSL

extension IndexesPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("t", schema: "public") {
                Column("id", .integer).notNull()
                Column("a", .text)
                Column("b", .integer)
                Column("c", .integer)
                PrimaryKey("id", name: "t_pkey")
                Index("t_a_idx", on: .expression("lower(a)"))
                Index("t_b_idx", on: .column("b").descending().nullsLast()).including("c").where("(b > 0)")
                Index("t_c_uidx", on: .column("c")).unique().storageParameters("fillfactor=70")
                Index("t_hash_idx", on: .column("a")).using("hash")
            }
        }
    }
}
