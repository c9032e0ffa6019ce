import SchemaDSL

extension QuotingHostileNamesPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("keep", schema: "public") {
                Column("id", .integer).notNull()
                PrimaryKey("id", name: "keep_pkey")
            }

            Table("mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm", schema: "public") {
                Column("id", .integer)
                Column("lllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllü", .text)
            }
        }
    }
}
