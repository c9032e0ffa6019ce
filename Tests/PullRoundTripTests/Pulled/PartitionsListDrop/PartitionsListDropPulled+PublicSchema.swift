import SchemaDSL

extension PartitionsListDropPulled {
    /// The objects of schema "public", pulled from the database by `db pull`.
    enum PublicSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Table("m", schema: "public") {
                Column("region", .text).notNull()
                Column("n", .integer)
            }
            .partitioned(by: .list("region"))

            Table("m_eu", schema: "public") {
                Column("region", .text).notNull()
                Column("n", .integer)
            }
            .partition(of: TableReference("m", schema: "public"), forValues: "IN ('eu', 'uk')")
        }
    }
}
