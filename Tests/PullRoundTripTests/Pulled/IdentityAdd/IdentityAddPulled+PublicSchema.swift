import SchemaDSL

extension IdentityAddPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("t", schema: "public") {
                Column("id", .integer).identity(.always)
                Column("name", .text)
            }
        }
    }
}
