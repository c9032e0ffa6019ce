import SchemaDSL

extension SequenceAlterPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            DatabaseSequence("counter", schema: "public", as: .integer).increment(2).maxValue(5000)
        }
    }
}
