import SchemaDSL

extension IdentityNewTablePulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("t", schema: "public") {
                Column("id", .bigint).identity(.always, start: 5, cache: 10)
                Column("name", .text)
                PrimaryKey("id", name: "t_pkey")
            }
        }
    }
}
