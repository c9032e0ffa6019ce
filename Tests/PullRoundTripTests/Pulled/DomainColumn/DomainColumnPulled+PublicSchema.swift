import SchemaDSL

extension DomainColumnPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Domain("money_amount", schema: "public", .builtin("numeric(12,2)"))
            .check("money_amount_check", "(VALUE >= (0)::numeric)")

            Table("t", schema: "public") {
                Column("id", .integer)
                Column("amount", .domain("money_amount", schema: "public"))
            }
        }
    }
}
