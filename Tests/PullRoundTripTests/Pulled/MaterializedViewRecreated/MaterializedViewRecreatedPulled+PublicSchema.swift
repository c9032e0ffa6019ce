import SchemaDSL

extension MaterializedViewRecreatedPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("t", schema: "public") {
                Column("id", .integer)
                Column("n", .bigint)
            }

            View.materialized("totals", schema: "public", as: #"""
                 SELECT t.id,
                    t.n
                   FROM public.t;
                """#)
            .index(Index("totals_id_idx", on: .column("id")).unique())
            .comment("cached")
            .columnComment("n", "count")
        }
    }
}
