import SchemaDSL

extension FunctionReplaceBodyPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Function(
                "f", schema: "public",
                parameters: [Parameter("x", .integer)],
                returns: .type(.integer),
                language: .sql,
                body: " SELECT x + 2 "
            )
            .volatility(.immutable)
        }
    }
}
