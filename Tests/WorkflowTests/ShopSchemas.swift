import SchemaDSL

/// A small schema in two versions, to drive `db generate` / `db migrate` / `db check` end to end.
enum ShopV1: DatabaseSchema {
    static var schema: [SchemaElement] {
        Schema("shop")
        Enum("order_status", schema: "shop", labels: "new", "paid", "shipped")
        Table("orders", schema: "shop") {
            Column("id", .bigint).identity()
            Column("status", .enum("order_status", schema: "shop")).notNull().default(.raw("'new'"))
            Column("total", .numeric(12, 2)).notNull().default(0)
            Column("created_at", .timestamptz).notNull().default(.now)
            PrimaryKey("id")
        }
        .rowLevelSecurity(force: true)
    }
}

/// V1 plus a column, an index built CONCURRENTLY, an enum value in the middle and a policy.
enum ShopV2: DatabaseSchema {
    static var schema: [SchemaElement] {
        Schema("shop")
        Role("shop_staff")
        Enum("order_status", schema: "shop", labels: "new", "paid", "refunded", "shipped")
        Table("orders", schema: "shop") {
            Column("id", .bigint).identity()
            Column("status", .enum("order_status", schema: "shop")).notNull().default(.raw("'new'"))
            Column("total", .numeric(12, 2)).notNull().default(0)
            Column("created_at", .timestamptz).notNull().default(.now)
            Column("note", .text)
            PrimaryKey("id")
            Index("orders_status_created", on: "status", "created_at").concurrently()
            Policy("orders_staff").to("shop_staff").using("true")
        }
        .rowLevelSecurity(force: true)
    }
}
