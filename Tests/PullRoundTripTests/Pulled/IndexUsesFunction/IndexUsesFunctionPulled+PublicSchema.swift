import SchemaDSL

extension IndexUsesFunctionPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Function(
                "norm", schema: "public",
                parameters: [Parameter("s", .text)],
                returns: .type(.text),
                language: .sql,
                body: " SELECT lower(trim(s)) "
            )
            .volatility(.immutable)

            Table("t", schema: "public") {
                Column("id", .integer)
                Column("name", .text)
                Index("t_norm_idx", on: .expression("public.norm(name)"))
            }
        }
    }
}
