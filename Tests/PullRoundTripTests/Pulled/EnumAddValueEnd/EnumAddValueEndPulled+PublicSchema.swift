import SchemaDSL

extension EnumAddValueEndPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Enum("mood", schema: "public", labels: "sad", "ok", "happy", "ecstatic")

            Table("t", schema: "public") {
                Column("m", .enum("mood", schema: "public"))
            }
        }
    }
}
