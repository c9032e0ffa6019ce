import SchemaDSL

extension TriggerNewFunctionPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Function(
                "touch", schema: "public",
                returns: .trigger,
                language: .plpgsql,
                body: " BEGIN NEW.updated_at := now(); RETURN NEW; END "
            )

            Table("t", schema: "public") {
                Column("id", .integer)
                Column("updated_at", .timestamptz)
                Trigger("t_touch", .before, .update, executeFunction: "touch", schema: "public")
            }
        }
    }
}
