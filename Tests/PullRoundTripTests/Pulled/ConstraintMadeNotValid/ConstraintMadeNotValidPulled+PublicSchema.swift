import SchemaDSL

extension ConstraintMadeNotValidPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("c", schema: "public") {
                Column("id", .integer)
                Check("c_id_check", "(id > 0)").notValid()
            }
        }
    }
}
