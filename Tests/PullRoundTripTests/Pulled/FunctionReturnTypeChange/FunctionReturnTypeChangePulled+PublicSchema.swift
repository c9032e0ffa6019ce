import SchemaDSL

extension FunctionReturnTypeChangePulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Function(
                "f", schema: "public",
                parameters: [Parameter("x", .integer)],
                returns: .type(.bigint),
                language: .sql,
                body: " SELECT x::bigint "
            )

            View("v", schema: "public", as: " SELECT public.f(1) AS n;")
        }
    }
}
