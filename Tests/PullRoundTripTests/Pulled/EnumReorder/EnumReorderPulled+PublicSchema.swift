import SchemaDSL

extension EnumReorderPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Enum("prio", schema: "public", labels: "low", "medium", "high")

            Table("tasks", schema: "public") {
                Column("id", .integer)
                Column("p", .enum("prio", schema: "public")).default(.raw("'low'::public.prio"))
                Index("tasks_p_idx", on: .column("p"))
            }
        }
    }
}
