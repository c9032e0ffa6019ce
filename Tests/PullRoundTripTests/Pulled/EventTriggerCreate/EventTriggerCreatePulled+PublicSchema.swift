import SchemaDSL

extension EventTriggerCreatePulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Function(
                "note drop", schema: "public",
                returns: .eventTrigger,
                language: .plpgsql,
                body: " BEGIN RAISE DEBUG 'dropped'; END "
            )

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

            EventTrigger("Log Drops", on: .sqlDrop, executeFunction: "note drop", schema: "public").enabled(.disabled)

            EventTrigger("log_ddl_end", on: .ddlCommandEnd, executeFunction: "log_ddl", schema: "public")
            .tags("CREATE TABLE", "ALTER TABLE")
            .comment("logs table DDL, it's quiet")
        }
    }
}
