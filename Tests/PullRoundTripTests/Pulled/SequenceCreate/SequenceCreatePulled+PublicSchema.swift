import SchemaDSL

extension SequenceCreatePulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            DatabaseSequence("counter", schema: "public", as: .integer)
            .increment(5)
            .minValue(10)
            .maxValue(1000)
            .cache(2)
            .cycle()
        }
    }
}
