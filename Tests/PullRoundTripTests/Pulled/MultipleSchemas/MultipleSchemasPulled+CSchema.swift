import SchemaDSL

extension MultipleSchemasPulled {
    /// The objects of schema "c", pulled from the database by `db pull`.
    enum CSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Schema("c")

            Enum("level", schema: "c", labels: "low", "high")

            Table("audit", schema: "c") {
                Column("id", .integer)
                Column("post_id", .integer)
                ForeignKey(["post_id"], references: [TableReference("posts", schema: "b").column("id")], name: "audit_post_id_fkey")
            }

            View("user_posts", schema: "c", as: #"""
                 SELECT u.id,
                    p.id AS post
                   FROM (a.users u
                     JOIN b.posts p ON ((p.user_id = u.id)));
                """#)
        }
    }
}
