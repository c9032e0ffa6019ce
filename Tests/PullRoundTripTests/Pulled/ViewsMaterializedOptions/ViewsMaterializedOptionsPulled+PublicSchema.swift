import SchemaDSL

extension ViewsMaterializedOptionsPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("sales", schema: "public") {
                Column("id", .integer).notNull()
                Column("amount", .numeric)
                PrimaryKey("id", name: "sales_pkey")
            }

            View.materialized("becomes_populated", schema: "public", as: #"""
                 SELECT max(sales.amount) AS top
                   FROM public.sales;
                """#)

            View.materialized("becomes_unpopulated", schema: "public", as: #"""
                 SELECT count(*) AS n
                   FROM public.sales;
                """#)
            .withNoData()

            View.materialized("changes_params", schema: "public", as: #"""
                 SELECT sum(sales.amount) AS total
                   FROM public.sales;
                """#)
            .options("fillfactor=90")

            View.materialized("created_empty", schema: "public", as: #"""
                 SELECT sales.id
                   FROM public.sales;
                """#)
            .options("autovacuum_enabled=false")
            .withNoData()

            View.materialized("gains_params", schema: "public", as: #"""
                 SELECT sales.id,
                    sales.amount
                   FROM public.sales;
                """#)
            .options("fillfactor=60")
        }
    }
}
