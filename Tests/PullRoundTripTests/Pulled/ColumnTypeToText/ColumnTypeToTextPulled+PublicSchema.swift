import SchemaDSL

extension ColumnTypeToTextPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("t", schema: "public") {
                Column("id", .integer).notNull()
                Column("code", .text)
                Column("qty", .builtin("numeric(12,3)"))
                PrimaryKey("id", name: "t_pkey")
            }
        }
    }
}
