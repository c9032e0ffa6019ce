import SchemaDSL

extension FunctionSettingsSurviveReplacePulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Function(
                "f", schema: "public",
                returns: .type(.integer),
                language: .sql,
                body: " SELECT 2 "
            )
            .set("statement_timeout", to: "5s")
            .set("lock_timeout", to: "1s")
        }
    }
}
