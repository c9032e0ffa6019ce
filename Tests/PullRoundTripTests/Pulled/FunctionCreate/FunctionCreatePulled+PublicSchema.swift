import SchemaDSL

extension FunctionCreatePulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Function(
                "add", schema: "public",
                parameters: [Parameter("a", .integer), Parameter("b", .integer, default: "1")],
                returns: .type(.integer),
                language: .sql,
                body: " SELECT a + b "
            )
            .volatility(.immutable)
            .strict()
            .parallel(.safe)

            Function(
                "add", schema: "public",
                parameters: [Parameter("a", .text), Parameter("b", .text)],
                returns: .type(.text),
                language: .sql,
                body: " SELECT a || b "
            )

            Function(
                "hello", schema: "public",
                parameters: [Parameter("name", .text)],
                returns: .type(.text),
                language: .plpgsql,
                body: " BEGIN RETURN 'hi ' || name; END "
            )
            .volatility(.stable)
            .securityDefiner()
        }
    }
}
