import SchemaDSL

extension ForeignKeyToNewUniquePulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("c", schema: "public") {
                Column("id", .integer)
                Column("code", .text)
                ForeignKey(["code"], references: [TableReference("p", schema: "public").column("code")], name: "c_code_fkey")
            }

            Table("p", schema: "public") {
                Column("id", .integer).notNull()
                Column("code", .text)
                Unique("code", name: "p_code_key")
                PrimaryKey("id", name: "p_pkey")
            }
        }
    }
}
