import SchemaDSL

extension QuotingDefaultsChecksBoundsPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("list\"parted", schema: "public") {
                Column("k", .text).notNull()
                Column("v", .integer)
            }
            .partitioned(by: .list("k"))

            Table("list\"parted 'q'", schema: "public") {
                Column("k", .text).notNull()
                Column("v", .integer)
            }
            .partition(of: TableReference("list\"parted", schema: "public"), forValues: "IN ('it''s', 'back\\slash', 'say \"hi\"', 'two\nlines', 'größe')")

            Table("list\"parted_a", schema: "public") {
                Column("k", .text).notNull()
                Column("v", .integer)
            }
            .partition(of: TableReference("list\"parted", schema: "public"), forValues: "IN ('a')")

            Table("o'neil", schema: "public") {
                Column("id", .integer)
                Column("name", .text).notNull().default(.raw("'it''s \\ \"quoted\"\nnew line'::text"))
                Column("tag", .text).default(.raw("'größe ✓'::text"))
                Check("name check ü", "((name !~ '^\\s*$'::text) AND (name <> 'line\nbreak'::text))")
                Check("tag's \"check\"", "((tag <> 'bad\\tag'::text) AND (tag <> 'o''neil'::text))")
                Index("o'neil \"name\" idx", on: .column("name")).where("(tag <> 'x\\y''z'::text)")
            }

            Table("ränge", schema: "public") {
                Column("at", .text).notNull()
            }
            .partitioned(by: .range("at"))

            Table("ränge_1", schema: "public") {
                Column("at", .text).notNull()
            }
            .partition(of: TableReference("ränge", schema: "public"), forValues: "FROM ('a''b') TO ('z\\z')")
        }
    }
}
