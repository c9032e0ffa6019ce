import SchemaDSL

extension RenameEnumLabelHintPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Enum("s", schema: "public", labels: "open", "done")

            Table("t", schema: "public") {
                Column("x", .enum("s", schema: "public")).default(.raw("'open'::public.s"))
            }
        }
    }
}
