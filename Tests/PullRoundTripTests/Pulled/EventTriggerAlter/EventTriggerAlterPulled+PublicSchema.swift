import SchemaDSL

extension EventTriggerAlterPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Function(
                "log_ddl", schema: "public",
                returns: .eventTrigger,
                language: .plpgsql,
                body: " BEGIN RAISE DEBUG 'ddl %', tg_tag; END "
            )

            Table("audit_log", schema: "public") {
                Column("id", .integer).notNull()
                Column("command", .text)
                PrimaryKey("id", name: "audit_log_pkey")
            }

            EventTrigger("moved_event", on: .tableRewrite, executeFunction: "log_ddl", schema: "public")

            EventTrigger("replica_only", on: .ddlCommandEnd, executeFunction: "log_ddl", schema: "public")
            .enabled(.always)

            EventTrigger("retagged", on: .ddlCommandEnd, executeFunction: "log_ddl", schema: "public")
            .tags("CREATE TABLE", "DROP TABLE")
            .comment("tags: create and drop")

            EventTrigger("toggled", on: .ddlCommandStart, executeFunction: "log_ddl", schema: "public")
            .enabled(.disabled)
            .comment("new comment")
        }
    }
}
