import SchemaDSL

extension FunctionSettingsPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Function(
                "f", schema: "public",
                returns: .type(.integer),
                language: .sql,
                body: " SELECT 1 "
            )
            .set("statement_timeout", to: "10s")

            Function(
                "g", schema: "public",
                returns: .type(.integer),
                language: .sql,
                body: " SELECT 1 "
            )
            .set("search_path", to: "public, pg_temp")
        }
    }
}
