import SchemaDSL

extension PrivilegesFunctionExecuteFromPublicPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Function(
                "add_one", schema: "public",
                parameters: [Parameter("x", .integer)],
                returns: .type(.integer),
                language: .sql,
                body: "SELECT x + 1"
            )
            .volatility(.immutable)
            .grant(.execute, to: "priv_writer")
            .revoke(.execute, from: "PUBLIC")

            Function.procedure(
                "noop", schema: "public",
                language: .sql,
                body: "SELECT 1"
            )
            .grant(.execute, to: "priv_reader", withGrantOption: true)
            .revoke(.execute, from: "PUBLIC")

            Function(
                "secret", schema: "public",
                returns: .type(.text),
                language: .sql,
                body: "SELECT 'x'"
            )
        }
    }
}
