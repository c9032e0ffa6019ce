import SchemaDSL

extension ConstraintDomainNotValidPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Domain("code", schema: "public", .text).check("code_len", "(length(VALUE) = 3)", notValid: true)

            Domain("pos", schema: "public", .integer)
            .check("pos_check", "(VALUE > 0)", notValid: true)
            .check("pos_odd", "((VALUE % 2) = 1)", notValid: true)

            Domain("small", schema: "public", .integer).check("small_check", "(VALUE < 100)")

            Table("t", schema: "public") {
                Column("p", .domain("pos", schema: "public"))
                Column("c", .domain("code", schema: "public"))
                Column("s", .domain("small", schema: "public"))
                Column("extra", .text)
            }
        }
    }
}
