import SchemaDSL

extension TableoptsStorageParametersPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("changed", schema: "public") {
                Column("id", .integer).notNull()
                Column("body", .text)
                PrimaryKey("id", name: "changed_pkey")
            }
            .storageParameters("fillfactor=80")

            Table("created", schema: "public") {
                Column("id", .integer)
                Column("body", .text)
            }
            .storageParameters("autovacuum_enabled=false", "fillfactor=60")

            Table("gains", schema: "public") {
                Column("id", .integer)
                Column("body", .text)
            }
            .storageParameters("autovacuum_vacuum_scale_factor=0.05", "toast.autovacuum_enabled=false")

            Table("loses", schema: "public") {
                Column("id", .integer)
                Column("body", .text)
            }

            Table("measurements", schema: "public") {
                Column("at", .date).notNull()
                Column("value", .integer)
            }
            .partitioned(by: .range("at"))

            Table("measurements_2025", schema: "public") {
                Column("at", .date).notNull()
                Column("value", .integer)
            }
            .partition(of: TableReference("measurements", schema: "public"), forValues: "FROM ('2025-01-01') TO ('2026-01-01')")
            .storageParameters("fillfactor=90")

            Table("measurements_2026", schema: "public") {
                Column("at", .date).notNull()
                Column("value", .integer)
            }
            .partition(of: TableReference("measurements", schema: "public"), forValues: "FROM ('2026-01-01') TO ('2027-01-01')")
            .storageParameters("autovacuum_enabled=false")
        }
    }
}
