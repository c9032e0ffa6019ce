import SchemaDSL

extension PartitionsCreatePulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("events", schema: "public") {
                Column("id", .bigint).notNull()
                Column("at", .date).notNull()
                Column("payload", .text)
                PrimaryKey("id", "at", name: "events_pkey")
                Index("events_at_idx", on: .column("at"))
            }
            .partitioned(by: .range("at"))

            Table("events_2024", schema: "public") {
                Column("id", .bigint).notNull()
                Column("at", .date).notNull()
                Column("payload", .text)
            }
            .partition(of: TableReference("events", schema: "public"), forValues: "FROM ('2024-01-01') TO ('2025-01-01')")

            Table("events_2025", schema: "public") {
                Column("id", .bigint).notNull()
                Column("at", .date).notNull()
                Column("payload", .text)
            }
            .partition(of: TableReference("events", schema: "public"), forValues: "FROM ('2025-01-01') TO ('2026-01-01')")

            Table("events_default", schema: "public") {
                Column("id", .bigint).notNull()
                Column("at", .date).notNull()
                Column("payload", .text)
            }
            .partition(of: TableReference("events", schema: "public"), forValues: nil)
        }
    }
}
