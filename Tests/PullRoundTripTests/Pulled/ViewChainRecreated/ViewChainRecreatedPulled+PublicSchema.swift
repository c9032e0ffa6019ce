import SchemaDSL

extension ViewChainRecreatedPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("t", schema: "public") {
                Column("id", .integer)
                Column("amount", .numeric)
            }

            View("v1", schema: "public", as: #"""
                 SELECT t.id,
                    t.amount
                   FROM public.t;
                """#)

            View("v2", schema: "public", as: #"""
                 SELECT v1.amount
                   FROM public.v1
                  WHERE (v1.id > 0);
                """#)
        }
    }
}
