import SchemaDSL

extension PublicationAlterPulled {
    /// The objects of schema "app", pulled from the database by `db pull`.
    enum AppSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Schema("app")

            Table("events", schema: "app") {
                Column("id", .bigint).notNull()
                Column("kind", .text)
                PrimaryKey("id", name: "events_pkey")
            }
        }
    }
}
