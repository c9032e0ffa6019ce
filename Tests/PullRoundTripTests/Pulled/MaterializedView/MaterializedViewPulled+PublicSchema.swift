import SchemaDSL

extension MaterializedViewPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("t", schema: "public") {
                Column("id", .integer)
                Column("n", .integer)
            }

            View.materialized("totals", schema: "public", as: #"""
                 SELECT t.id,
                    sum(t.n) AS s
                   FROM public.t
                  GROUP BY t.id;
                """#)
            .index(Index("totals_id_idx", on: .column("id")).unique())
            .comment("cached")
        }
    }
}
