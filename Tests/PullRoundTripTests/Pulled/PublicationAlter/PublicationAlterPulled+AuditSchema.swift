import SchemaDSL

extension PublicationAlterPulled {
    /// The objects of schema "audit", pulled from the database by `db pull`.
    enum AuditSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Schema("audit")

            Table("entries", schema: "audit") {
                Column("id", .bigint).notNull()
                Column("body", .text)
                PrimaryKey("id", name: "entries_pkey")
            }
        }
    }
}
