import SchemaDSL

extension PoliciesPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("docs", schema: "public") {
                Column("id", .integer)
                Column("owner", .text)
                Column("public", .boolean)
                Policy("p_alter").for(.select).to("app_reader").using("(public OR (owner = CURRENT_USER))")
                Policy("p_command").using("(owner = CURRENT_USER)")
                Policy("p_new").for(.insert).withCheck("(owner = CURRENT_USER)")
                Policy("p_restrict").for(.update).restrictive().using("true").withCheck("true")
            }
            .rowLevelSecurity()
        }
    }
}
