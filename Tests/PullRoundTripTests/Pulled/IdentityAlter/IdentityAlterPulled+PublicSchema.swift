import SchemaDSL

extension IdentityAlterPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("t", schema: "public") {
                Column("id", .integer).identity(.byDefault)
                Column("n", .bigint).identity(.byDefault, start: 100, increment: 10)
            }
        }
    }
}
