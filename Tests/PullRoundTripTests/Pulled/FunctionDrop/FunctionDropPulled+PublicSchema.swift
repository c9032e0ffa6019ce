import SchemaDSL

extension FunctionDropPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Function(
                "keep", schema: "public",
                returns: .type(.integer),
                language: .sql,
                body: " SELECT 1 "
            )
        }
    }
}
