import SchemaDSL

extension PartitionDetachKeepsPkeyPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("archive_2023", schema: "public") {
                Column("id", .bigint).notNull()
                Column("at", .date).notNull()
                Column("note", .text)
            }

            Table("events", schema: "public") {
                Column("id", .bigint).notNull()
                Column("at", .date).notNull()
                Column("note", .text)
                Check("events_note_check", "(note <> ''::text)")
                PrimaryKey("id", "at", name: "events_pkey")
                Index("events_note_idx", on: .column("note"))
            }
            .partitioned(by: .range("at"))

            Table("events_2024", schema: "public") {
                Column("id", .bigint).notNull()
                Column("at", .date).notNull()
                Column("note", .text)
                PrimaryKey("id", "at", name: "events_2024_pkey")
                Check("events_note_check", "(note <> ''::text)")
                Index("events_2024_note_idx", on: .column("note"))
            }

            Table("events_2025", schema: "public") {
                Column("id", .bigint).notNull()
                Column("at", .date).notNull()
                Column("note", .text)
            }
            .partition(of: TableReference("events", schema: "public"), forValues: "FROM ('2025-01-01') TO ('2026-01-01')")
        }
    }
}
