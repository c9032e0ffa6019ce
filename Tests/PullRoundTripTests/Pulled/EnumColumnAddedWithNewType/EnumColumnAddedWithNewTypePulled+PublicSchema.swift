import SchemaDSL

extension EnumColumnAddedWithNewTypePulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Enum("kind", schema: "public", labels: "x", "y")

            Table("t", schema: "public") {
                Column("id", .integer)
                Column("k", .enum("kind", schema: "public")).notNull().default(.raw("'x'::public.kind"))
            }
        }
    }
}
