import SchemaDSL

extension TriggersPulled {
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
                Trigger("t_change", .before, .update, executeFunction: "touch", schema: "public").updateOf("id").when("(old.id IS DISTINCT FROM new.id)")
                Trigger("t_new", .after, .delete, executeFunction: "touch", schema: "public").forEachStatement().comment("new")
                Trigger("t_toggle", .before, .insert, executeFunction: "touch", schema: "public").disabled()
            }
        }
    }
}
