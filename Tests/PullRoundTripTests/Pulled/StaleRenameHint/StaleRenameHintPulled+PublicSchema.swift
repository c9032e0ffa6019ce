import SchemaDSL

extension StaleRenameHintPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("users", schema: "public") {
                Column("id", .integer)
                Column("name", .text)
            }
        }
    }
}
