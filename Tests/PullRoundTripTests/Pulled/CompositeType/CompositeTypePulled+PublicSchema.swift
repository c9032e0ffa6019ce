import SchemaDSL

extension CompositeTypePulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            CompositeType("addr", schema: "public", ["street": .text, "zip": .builtin("character varying(10)")])

            CompositeType("pair", schema: "public", ["a": .bigint, "b": .text, "c": .boolean])

            Table("t", schema: "public") {
                Column("id", .integer)
                Column("home", .type("addr", schema: "public"))
            }
        }
    }
}
