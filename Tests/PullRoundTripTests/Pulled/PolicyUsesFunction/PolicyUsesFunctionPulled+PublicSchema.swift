import SchemaDSL

extension PolicyUsesFunctionPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Function(
                "me", schema: "public",
                returns: .type(.text),
                language: .sql,
                body: " SELECT current_user::text "
            )
            .volatility(.stable)

            Table("docs", schema: "public") {
                Column("id", .integer)
                Column("owner", .text)
                Policy("mine").using("(owner = public.me())")
            }
            .rowLevelSecurity()
        }
    }
}
