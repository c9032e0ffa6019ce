import SchemaDSL

extension ForeignKeysPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("orgs", schema: "public") {
                Column("id", .integer).notNull()
                PrimaryKey("id", name: "orgs_pkey")
            }

            Table("posts", schema: "public") {
                Column("id", .integer).notNull()
                Column("author", .integer)
                ForeignKey(["author"], references: [TableReference("users", schema: "public").column("id")], deferrable: .initiallyDeferred, name: "posts_author_fkey")
                PrimaryKey("id", name: "posts_pkey")
            }

            Table("users", schema: "public") {
                Column("id", .integer).notNull()
                Column("org_id", .integer)
                ForeignKey(["org_id"], references: [TableReference("orgs", schema: "public").column("id")], onDelete: .cascade, name: "users_org_id_fkey")
                PrimaryKey("id", name: "users_pkey")
            }
        }
    }
}
