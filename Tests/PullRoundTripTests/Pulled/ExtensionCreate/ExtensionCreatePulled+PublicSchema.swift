import SchemaDSL

extension ExtensionCreatePulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Extension("citext", schema: "public", version: "1.6")

            Extension("pg_trgm", schema: "public", version: "1.6")

            Table("t", schema: "public") {
                Column("id", .integer)
                Column("name", .text)
                Column("email", .builtin("public.citext"))
                Index("t_name_trgm", on: .column("name").operatorClass("gin_trgm_ops")).using("gin")
            }
        }
    }
}
