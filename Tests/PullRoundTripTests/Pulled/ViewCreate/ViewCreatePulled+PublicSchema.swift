import SchemaDSL

extension ViewCreatePulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("t", schema: "public") {
                Column("id", .integer)
                Column("name", .text)
            }

            View("checked", schema: "public", as: #"""
                 SELECT t.id,
                    t.name
                   FROM public.t
                  WHERE (t.id > 10);
                """#)
            .options("check_option=local")

            View("guarded", schema: "public", as: #"""
                 SELECT t.id
                   FROM public.t;
                """#)
            .options("security_barrier=true")

            View("names", schema: "public", as: #"""
                 SELECT t.name
                   FROM public.t
                  WHERE (t.id > 0);
                """#)
        }
    }
}
