import SchemaDSL

extension SequenceIdentityOptionsChangedPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("a", schema: "public") {
                Column("id", .integer).identity(.always)
                Column("n", .integer)
            }

            Table("b", schema: "public") {
                Column("id", .bigint).identity(.always, start: 50, increment: 3, minValue: -5, maxValue: 900000, cache: 7, cycle: true)
                Column("n", .integer)
            }

            Table("c", schema: "public") {
                Column("id", .smallint).identity(.byDefault, increment: -2, minValue: -1000)
                Column("n", .integer)
            }

            Table("d", schema: "public") {
                Column("id", .bigint).identity(.byDefault, maxValue: 1000)
                Column("n", .integer)
            }
        }
    }
}
