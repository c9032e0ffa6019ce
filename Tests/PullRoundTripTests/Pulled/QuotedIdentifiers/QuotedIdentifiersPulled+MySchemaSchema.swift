import SchemaDSL

extension QuotedIdentifiersPulled {
    /// The objects of schema "My Schema", pulled from the database by `db pull`.
    enum MySchemaSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Schema("My Schema")

            Enum("Mood \"Type\"", schema: "My Schema", labels: "it's", "a\\b", "ünï")

            Function(
                "Fn", schema: "My Schema",
                parameters: [Parameter("Arg", .integer)],
                returns: .type(.integer),
                language: .sql,
                body: " SELECT 1 "
            )
            .set("search_path", to: "\"My Schema\", public")

            Table("Ref", schema: "My Schema") {
                Column("id", .integer)
                Column("w", .integer)
                ForeignKey(["w"], references: [TableReference("Weird Table", schema: "My Schema").column("Id")], name: "Ref_w_fkey")
            }

            Table("Weird Table", schema: "My Schema") {
                Column("Id", .integer).notNull()
                Column("select", .text)
                Column("Col\"Quote", .enum("Mood \"Type\"", schema: "My Schema"))
                Column("ÄÖ", .integer)
                PrimaryKey("Id", name: "Weird Table_pkey")
                Check("Weird Table_ÄÖ_check", "(\"ÄÖ\" > 0)")
                Index("Weird Index", on: .column("select"))
            }
            .comment("quote ' and backslash \\")

            View("View \"Q\"", schema: "My Schema", as: #"""
                 SELECT "Weird Table"."select"
                   FROM "My Schema"."Weird Table";
                """#)
        }
    }
}
