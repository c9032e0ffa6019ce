import SchemaDSL

extension DomainCreatePulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Domain("email", schema: "public", .text).check("email_check", "(VALUE ~ '@'::text)")

            Domain("positive", schema: "public", .integer)
            .notNull()
            .default(.raw("1"))
            .check("positive_check", "(VALUE > 0)")

            Table("users", schema: "public") {
                Column("id", .integer)
                Column("e", .domain("email", schema: "public"))
                Column("n", .domain("positive", schema: "public"))
            }
        }
    }
}
