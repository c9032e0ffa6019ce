import SchemaDSL

extension SequenceDropPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            DatabaseSequence("keep", schema: "public")
        }
    }
}
