import SchemaDSL

extension RlsFlagsPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("a", schema: "public") {
                Column("id", .integer)
            }
            .rowLevelSecurity(force: true)

            Table("b", schema: "public") {
                Column("id", .integer)
            }
            .rowLevelSecurity()

            Table("c", schema: "public") {
                Column("id", .integer)
            }
        }
    }
}
