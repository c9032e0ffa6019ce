import SchemaDSL

extension EnumRemoveLabelPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Enum("status", schema: "public", labels: "draft", "published")

            Table("posts", schema: "public") {
                Column("id", .integer).notNull()
                Column("s", .enum("status", schema: "public")).notNull().default(.raw("'draft'::public.status"))
                Column("history", .array(.enum("status", schema: "public")))
                PrimaryKey("id", name: "posts_pkey")
            }

            View("published", schema: "public", as: #"""
                 SELECT posts.id
                   FROM public.posts
                  WHERE (posts.s = 'published'::public.status);
                """#)
        }
    }
}
