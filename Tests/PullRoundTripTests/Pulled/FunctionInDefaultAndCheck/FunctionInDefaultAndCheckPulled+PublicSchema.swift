import SchemaDSL

extension FunctionInDefaultAndCheckPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Function(
                "new_code", schema: "public",
                returns: .type(.text),
                language: .sql,
                body: " SELECT md5(random()::text) "
            )

            Function(
                "valid_code", schema: "public",
                parameters: [Parameter("c", .text)],
                returns: .type(.boolean),
                language: .sql,
                body: " SELECT length(c) > 3 "
            )
            .volatility(.immutable)

            Table("t", schema: "public") {
                Column("id", .integer)
                Column("code", .text).default(.raw("public.new_code()"))
                Check("t_code_check", "public.valid_code(code)")
            }
        }
    }
}
