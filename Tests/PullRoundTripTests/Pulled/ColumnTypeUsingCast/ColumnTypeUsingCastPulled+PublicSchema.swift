import SchemaDSL

extension ColumnTypeUsingCastPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("t", schema: "public") {
                Column("id", .integer).notNull()
                Column("n", .integer)
                Column("flag", .boolean)
                Column("j", .jsonb)
                PrimaryKey("id", name: "t_pkey")
            }
        }
    }
}
