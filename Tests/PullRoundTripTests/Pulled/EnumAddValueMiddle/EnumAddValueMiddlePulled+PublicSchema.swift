import SchemaDSL

extension EnumAddValueMiddlePulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Enum("mood", schema: "public", labels: "sad", "meh", "ok", "happy")
        }
    }
}
