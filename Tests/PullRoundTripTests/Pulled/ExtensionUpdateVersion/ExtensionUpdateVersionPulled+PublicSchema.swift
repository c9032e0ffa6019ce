import SchemaDSL

extension ExtensionUpdateVersionPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Extension("hstore", schema: "public", version: "1.8")

            Extension("pg_trgm", schema: "public", version: "1.6")

            Table("docs", schema: "public") {
                Column("id", .integer).notNull()
                Column("title", .text)
                Column("attrs", .builtin("public.hstore"))
                PrimaryKey("id", name: "docs_pkey")
                Index("docs_title_trgm", on: .column("title").operatorClass("gin_trgm_ops")).using("gin")
            }
        }
    }
}
