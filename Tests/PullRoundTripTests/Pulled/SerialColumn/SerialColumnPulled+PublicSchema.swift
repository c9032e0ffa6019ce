import SchemaDSL

extension SerialColumnPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            DatabaseSequence("u_id_seq", schema: "public", as: .integer)
            .owned(by: TableReference("u", schema: "public").column("id"))

            DatabaseSequence("u_n_seq", schema: "public").owned(by: TableReference("u", schema: "public").column("n"))

            Table("t", schema: "public") {
                Column("name", .text)
            }

            Table("u", schema: "public") {
                Column("id", .integer).notNull().default(.raw("nextval('public.u_id_seq'::regclass)"))
                Column("n", .bigint).notNull().default(.raw("nextval('public.u_n_seq'::regclass)"))
                PrimaryKey("id", name: "u_pkey")
            }
        }
    }
}
