import SchemaDSL

extension DomainAlterPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Domain("code", schema: "public", .text)

            Domain("positive", schema: "public", .integer)
            .default(.raw("1"))
            .check("positive_check", "(VALUE >= 1)")
            .check("small", "(VALUE < 1000)")
        }
    }
}
