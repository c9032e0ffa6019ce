import SchemaDSL

extension ConstraintNotValidKeptPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("child", schema: "public") {
                Column("id", .integer)
                Column("parent_id", .integer)
                Column("qty", .integer)
                Column("note", .text)
                ForeignKey(["parent_id"], references: [TableReference("parent", schema: "public").column("id")], name: "child_parent_fkey").notValid()
                Check("child_qty_check", "(qty > 0)").notValid()
            }

            Table("parent", schema: "public") {
                Column("id", .integer).notNull()
                Column("name", .text)
                PrimaryKey("id", name: "parent_pkey")
            }
        }
    }
}
