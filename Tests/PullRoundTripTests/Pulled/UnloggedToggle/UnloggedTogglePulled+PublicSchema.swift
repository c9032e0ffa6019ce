import SchemaDSL

extension UnloggedTogglePulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("a", schema: "public") {
                Column("id", .integer)
            }

            Table("b", schema: "public") {
                Column("id", .integer)
            }
            .unlogged()
        }
    }
}
