import SchemaDSL

extension RenameTableAndColumnHintsPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("notes", schema: "public") {
                Column("id", .integer)
                Column("person_id", .integer)
                ForeignKey(["person_id"], references: [TableReference("users", schema: "public").column("id")], name: "notes_person_id_fkey")
            }

            Table("users", schema: "public") {
                Column("id", .integer).notNull()
                Column("name", .text)
                Column("email", .text)
                PrimaryKey("id", name: "users_pkey")
                Index("people_email_idx", on: .column("email"))
            }
        }
    }
}
