import SchemaDSL

extension ExtensionUuidDefaultPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Extension("pgcrypto", schema: "public", version: "1.3")

            Table("t", schema: "public") {
                Column("id", .uuid).notNull().default(.raw("gen_random_uuid()"))
                Column("h", .bytea)
                PrimaryKey("id", name: "t_pkey")
            }
        }
    }
}
