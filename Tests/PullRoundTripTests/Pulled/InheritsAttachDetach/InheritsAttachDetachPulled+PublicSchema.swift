import SchemaDSL

extension InheritsAttachDetachPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("joining", schema: "public") {
                Column("id", .integer).notNull()
                Column("label", .text).default(.raw("'p'::text"))
                Column("extra", .integer)
                Check("parent_label_check", "(label <> ''::text)")
            }
            .inherits(TableReference("parent", schema: "public"))

            Table("leaving", schema: "public") {
                Column("id", .integer).notNull()
                Column("label", .text).default(.raw("'p'::text"))
                Column("extra", .integer)
                Check("parent_label_check", "(label <> ''::text)")
            }

            Table("other_parent", schema: "public") {
                Column("id", .integer).notNull()
            }

            Table("parent", schema: "public") {
                Column("id", .integer).notNull()
                Column("label", .text).default(.raw("'p'::text"))
                Check("parent_label_check", "(label <> ''::text)")
            }

            Table("switching", schema: "public") {
                Column("id", .integer).notNull()
                Column("label", .text).default(.raw("'p'::text"))
                Column("tag", .text)
                Check("parent_label_check", "(label <> ''::text)")
            }
            .inherits(TableReference("parent", schema: "public"))
        }
    }
}
