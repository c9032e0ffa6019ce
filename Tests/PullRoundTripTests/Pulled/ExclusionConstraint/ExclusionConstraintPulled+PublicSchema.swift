import SchemaDSL

extension ExclusionConstraintPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("bookings", schema: "public") {
                Column("room", .integer)
                Column("during", .builtin("tsrange"))
                Exclusion("bookings_during_excl", using: "gist", .column("during", with: "&&"))
            }
        }
    }
}
