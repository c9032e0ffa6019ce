import SchemaDSL

extension ViewInsteadOfTriggerPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Function(
                "notes_view_write", schema: "public",
                returns: .trigger,
                language: .plpgsql,
                body: #"""

                    BEGIN
                        INSERT INTO notes VALUES (NEW.id, NEW.body);
                        RETURN NEW;
                    END 
                    """#
            )

            Table("notes", schema: "public") {
                Column("id", .integer).notNull()
                Column("body", .text)
                PrimaryKey("id", name: "notes_pkey")
            }

            View("changes_trigger", schema: "public", as: #"""
                 SELECT notes.id,
                    notes.body
                   FROM public.notes;
                """#)
            .trigger(Trigger("changes_trigger_write", .insteadOf, .insert, .update, executeFunction: "notes_view_write", schema: "public"))

            View("created", schema: "public", as: #"""
                 SELECT notes.id
                   FROM public.notes;
                """#)
            .trigger(Trigger("created_insert", .insteadOf, .insert, executeFunction: "notes_view_write", schema: "public"))
            .trigger(Trigger("created_statement", .after, .insert, executeFunction: "notes_view_write", schema: "public").forEachStatement())

            View("gains_trigger", schema: "public", as: #"""
                 SELECT notes.id,
                    notes.body
                   FROM public.notes;
                """#)
            .trigger(Trigger("gains_trigger_insert", .insteadOf, .insert, executeFunction: "notes_view_write", schema: "public").comment("writes through"))

            View("loses_trigger", schema: "public", as: #"""
                 SELECT notes.id,
                    notes.body
                   FROM public.notes;
                """#)
        }
    }
}
