import SchemaDSL

extension PartitionsAttachDetachPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("events", schema: "public") {
                Column("id", .bigint).notNull()
                Column("at", .date).notNull()
            }
            .partitioned(by: .range("at"))

            Table("events_2024", schema: "public") {
                Column("id", .bigint).notNull()
                Column("at", .date).notNull()
            }

            Table("events_2025", schema: "public") {
                Column("id", .bigint).notNull()
                Column("at", .date).notNull()
            }
            .partition(of: TableReference("events", schema: "public"), forValues: "FROM ('2025-01-01') TO ('2026-01-01')")
        }
    }
}
