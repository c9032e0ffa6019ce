import SchemaDSL

extension SerialColumnAddPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            DatabaseSequence("t_id_seq", schema: "public", as: .integer)
            .owned(by: TableReference("t", schema: "public").column("id"))

            Table("t", schema: "public") {
                Column("name", .text)
                Column("id", .integer).notNull().default(.raw("nextval('public.t_id_seq'::regclass)"))
            }
        }
    }
}
