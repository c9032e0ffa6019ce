import SchemaDSL

extension ColumnTypeWidenPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("t", schema: "public") {
                Column("id", .integer).notNull()
                Column("n", .bigint)
                Column("s", .builtin("character varying(50)"))
                Column("ts", .timestamptz)
                PrimaryKey("id", name: "t_pkey")
            }
        }
    }
}
