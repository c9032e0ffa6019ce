import SchemaDSL

extension EnumCreatePulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Enum("mood", schema: "public", labels: "sad", "ok", "happy")

            Table("t", schema: "public") {
                Column("id", .integer)
                Column("m", .enum("mood", schema: "public")).default(.raw("'ok'::public.mood"))
                Column("ms", .array(.enum("mood", schema: "public")))
            }
        }
    }
}
