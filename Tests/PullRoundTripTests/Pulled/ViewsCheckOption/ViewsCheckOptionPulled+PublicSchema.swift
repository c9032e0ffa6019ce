import SchemaDSL

extension ViewsCheckOptionPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("items", schema: "public") {
                Column("id", .integer).notNull()
                Column("price", .numeric)
                Column("visible", .boolean)
                PrimaryKey("id", name: "items_pkey")
            }

            View("created", schema: "public", as: #"""
                 SELECT items.id,
                    items.price
                   FROM public.items
                  WHERE (items.price < (100)::numeric);
                """#)
            .options("check_option=local")

            View("gains_check", schema: "public", as: #"""
                 SELECT items.id,
                    items.price
                   FROM public.items
                  WHERE (items.price > (0)::numeric);
                """#)
            .options("check_option=local")

            View("local_to_cascaded", schema: "public", as: #"""
                 SELECT items.id,
                    items.price
                   FROM public.items
                  WHERE items.visible;
                """#)
            .options("check_option=cascaded")

            View("loses_check", schema: "public", as: #"""
                 SELECT items.id,
                    items.visible
                   FROM public.items
                  WHERE items.visible;
                """#)

            View("replaced_with_check", schema: "public", as: #"""
                 SELECT items.id,
                    items.price
                   FROM public.items
                  WHERE items.visible;
                """#)
            .options("check_option=cascaded")
        }
    }
}
