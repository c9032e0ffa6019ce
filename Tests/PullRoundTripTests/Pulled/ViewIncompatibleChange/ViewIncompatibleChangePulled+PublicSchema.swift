import SchemaDSL

extension ViewIncompatibleChangePulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("t", schema: "public") {
                Column("id", .integer)
                Column("name", .text)
            }

            View("v", schema: "public", as: #"""
                 SELECT t.name
                   FROM public.t;
                """#)
        }
    }
}
