import SchemaDSL

extension SequenceSerialCustomOptionsPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            DatabaseSequence("items_id_seq", schema: "public")
            .owned(by: TableReference("items", schema: "public").column("id"))

            DatabaseSequence("orders_id_seq", schema: "public", as: .integer)
            .start(5)
            .increment(2)
            .minValue(-10)
            .maxValue(1000000)
            .cache(10)
            .cycle()
            .owned(by: TableReference("orders", schema: "public").column("id"))

            DatabaseSequence("orders_ref_seq", schema: "public", as: .integer)
            .start(1000)
            .increment(10)
            .owned(by: TableReference("orders", schema: "public").column("ref"))

            Table("items", schema: "public") {
                Column("id", .bigint).notNull().default(.raw("nextval('public.items_id_seq'::regclass)"))
                Column("n", .integer)
                PrimaryKey("id", name: "items_pkey")
            }

            Table("orders", schema: "public") {
                Column("id", .integer).notNull().default(.raw("nextval('public.orders_id_seq'::regclass)"))
                Column("ref", .bigint).notNull().default(.raw("nextval('public.orders_ref_seq'::regclass)"))
                Column("note", .text)
                PrimaryKey("id", name: "orders_pkey")
            }
        }
    }
}
