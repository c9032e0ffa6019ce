import SchemaDSL

extension PrivilegesNewObjectsPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("keep", schema: "public") {
                Column("id", .integer)
            }
        }
    }
}
