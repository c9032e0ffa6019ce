import SchemaDSL

extension SchemaCreateAndDropPulled {
    /// The objects of schema "billing", pulled from the database by `db pull`.
    enum BillingSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Schema("billing")

            Table("invoices", schema: "billing") {
                Column("id", .integer).notNull()
                Column("total", .numeric)
                PrimaryKey("id", name: "invoices_pkey")
            }
        }
    }
}
