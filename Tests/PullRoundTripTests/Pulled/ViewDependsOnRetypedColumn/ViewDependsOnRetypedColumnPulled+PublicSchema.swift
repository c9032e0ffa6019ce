import SchemaDSL

extension ViewDependsOnRetypedColumnPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("t", schema: "public") {
                Column("id", .integer)
                Column("amount", .bigint)
            }

            View("v", schema: "public", as: #"""
                 SELECT t.id,
                    t.amount
                   FROM public.t;
                """#)
            .comment("totals")
        }
    }
}
