import SchemaDSL

extension SqlFunctionReadsTablePulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Function(
                "total", schema: "public",
                returns: .type(.numeric),
                language: .sql,
                body: " SELECT sum(amount) FROM public.prices "
            )
            .volatility(.stable)

            Table("prices", schema: "public") {
                Column("id", .integer)
                Column("amount", .numeric)
            }
        }
    }
}
