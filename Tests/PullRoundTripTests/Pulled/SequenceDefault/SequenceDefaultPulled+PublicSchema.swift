import SchemaDSL

extension SequenceDefaultPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            DatabaseSequence("ticket_seq", schema: "public")

            Table("t", schema: "public") {
                Column("id", .integer)
                Column("ticket", .bigint).default(.raw("nextval('public.ticket_seq'::regclass)"))
            }
        }
    }
}
