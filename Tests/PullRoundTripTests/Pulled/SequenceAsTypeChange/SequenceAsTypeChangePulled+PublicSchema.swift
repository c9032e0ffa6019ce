import SchemaDSL

extension SequenceAsTypeChangePulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            DatabaseSequence("s_big", schema: "public", as: .integer)

            DatabaseSequence("s_custom", schema: "public", as: .smallint)
            .start(20)
            .minValue(10)
            .maxValue(30000)
            .cache(5)
            .cycle()

            DatabaseSequence("s_down", schema: "public").increment(-1)

            DatabaseSequence("s_int", schema: "public").maxValue(2147483647)

            DatabaseSequence("s_small", schema: "public", as: .integer)

            Table("t", schema: "public") {
                Column("id", .integer).default(.raw("nextval('public.s_small'::regclass)"))
                Column("n", .integer).default(.raw("nextval('public.s_down'::regclass)"))
            }
        }
    }
}
