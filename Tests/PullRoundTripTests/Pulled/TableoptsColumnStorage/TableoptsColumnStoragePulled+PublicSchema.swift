import SchemaDSL

extension TableoptsColumnStoragePulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("created", schema: "public") {
                Column("id", .integer)
                Column("body", .text).storage(.plain)
                Column("price", .numeric).storage(.external)
            }

            Table("docs", schema: "public") {
                Column("id", .integer).notNull()
                Column("gains", .text).storage(.external)
                Column("loses", .text)
                Column("changes", .bytea).storage(.external)
                Column("amount", .builtin("numeric(12,2)"))
                Column("keeps", .text).storage(.main)
                Column("added", .text).storage(.main)
                PrimaryKey("id", name: "docs_pkey")
            }
        }
    }
}
