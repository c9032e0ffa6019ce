import SchemaDSL

extension FunctionArgumentRenamePulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Function(
                "f", schema: "public",
                parameters: [Parameter("y", .integer)],
                returns: .type(.integer),
                language: .sql,
                body: " SELECT $1 "
            )
        }
    }
}
