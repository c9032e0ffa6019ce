import SchemaDSL

extension ForeignKeyTargetDroppedPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("c", schema: "public") {
                Column("id", .integer)
                Column("p_id", .integer)
            }
        }
    }
}
