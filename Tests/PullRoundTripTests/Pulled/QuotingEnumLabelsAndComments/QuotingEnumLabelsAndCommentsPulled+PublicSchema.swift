import SchemaDSL

extension QuotingEnumLabelsAndCommentsPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Enum("mood", schema: "public", labels: "it's", "back\\slash", "say \"hi\"", "two\nlines", "größer ✓", "tab\tand 'both' \"kinds\"")
            .comment("mood's \\ \"comment\"\nsecond line – ünïcode")

            Table("we\"ird 'table", schema: "public") {
                Column("col \"q\"", .enum("mood", schema: "public")).default(.raw("'back\\slash'::public.mood")).comment("größe")
                Column("n", .integer).comment("\\")
            }
            .comment("it's a \"table\" with a \\ backslash\nand a newline: ✓")
        }
    }
}
