import SchemaDSL

extension PartitionDefaultAndSubpartitionPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("sales", schema: "public") {
                Column("id", .integer).notNull()
                Column("region", .text).notNull()
                Column("sold", .date).notNull()
                PrimaryKey("id", "region", "sold", name: "sales_pkey")
                Index("sales_sold_idx", on: .column("sold"))
            }
            .partitioned(by: .list("region"))

            Table("sales_eu", schema: "public") {
                Column("id", .integer).notNull()
                Column("region", .text).notNull()
                Column("sold", .date).notNull()
            }
            .partition(of: TableReference("sales", schema: "public"), forValues: "IN ('eu')")

            Table("sales_rest", schema: "public") {
                Column("id", .integer).notNull()
                Column("region", .text).notNull()
                Column("sold", .date).notNull()
            }
            .partitioned(by: .range("sold"))
            .partition(of: TableReference("sales", schema: "public"), forValues: nil)

            Table("sales_rest_2024", schema: "public") {
                Column("id", .integer).notNull()
                Column("region", .text).notNull()
                Column("sold", .date).notNull()
            }
            .partition(of: TableReference("sales_rest", schema: "public"), forValues: "FROM ('2024-01-01') TO ('2025-01-01')")

            Table("sales_rest_other", schema: "public") {
                Column("id", .integer).notNull()
                Column("region", .text).notNull()
                Column("sold", .date).notNull()
            }
            .partition(of: TableReference("sales_rest", schema: "public"), forValues: nil)

            Table("sales_us", schema: "public") {
                Column("id", .integer).notNull()
                Column("region", .text).notNull()
                Column("sold", .date).notNull()
            }
            .partition(of: TableReference("sales", schema: "public"), forValues: "IN ('us')")
        }
    }
}
