import SchemaDSL

extension ProcedurePulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Function.procedure(
                "note", schema: "public",
                parameters: [Parameter("m", .text)],
                language: .sql,
                body: " INSERT INTO log VALUES (m) "
            )

            Table("log", schema: "public") {
                Column("msg", .text)
            }
        }
    }
}
