import SchemaDSL

extension CollationChangePulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("t", schema: "public") {
                Column("id", .integer)
                Column("name", .text).collation("\"C\"")
                Column("code", .builtin("character varying(10)")).collation("\"POSIX\"")
            }
        }
    }
}
