import SchemaDSL

extension CommentsPulled {
    /// The objects of schema "app", pulled from the database by `db pull`.
    enum AppSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Schema("app").comment("the app")

            Enum("kind", schema: "app", labels: "a").comment("kinds")

            Domain("dom", schema: "app", .integer).comment("dom")

            DatabaseSequence("seq", schema: "app").comment("it's a sequence")

            Function(
                "f", schema: "app",
                returns: .type(.integer),
                language: .sql,
                body: " SELECT 1 "
            )
            .comment("fn")

            Table("t", schema: "app") {
                Column("id", .integer).notNull().comment("key")
                Column("n", .integer)
                PrimaryKey("id", name: "t_pk").comment("pk")
                Index("t_n_idx", on: .column("n")).comment("idx\\path")
            }
            .comment("new table")

            View("v", schema: "app", as: #"""
                 SELECT t.id
                   FROM app.t;
                """#)
            .comment("view")
            .columnComment("id", "view column")
        }
    }
}
