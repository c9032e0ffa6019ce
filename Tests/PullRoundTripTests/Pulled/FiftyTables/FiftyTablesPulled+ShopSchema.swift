import SchemaDSL

extension FiftyTablesPulled {
    /// The objects of schema "shop", pulled from the database by `db pull`.
    enum ShopSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Schema("shop")

            Enum("state", schema: "shop", labels: "new", "paid", "shipped")

            Table("t00", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                PrimaryKey("id", name: "t00_pkey")
                Index("t00_name_idx", on: .expression("lower(name)"))
            }

            Table("t01", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t01_parent_id_fkey")
                PrimaryKey("id", name: "t01_pkey")
            }

            Table("t02", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t02_parent_id_fkey")
                PrimaryKey("id", name: "t02_pkey")
            }

            Table("t03", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                Column("extra", .jsonb)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t03_parent_id_fkey")
                PrimaryKey("id", name: "t03_pkey")
            }

            Table("t04", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t04_parent_id_fkey")
                PrimaryKey("id", name: "t04_pkey")
            }

            Table("t05", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .builtin("character varying(200)")).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t05_parent_id_fkey")
                PrimaryKey("id", name: "t05_pkey")
                Index("t05_name_idx", on: .column("name"))
            }

            Table("t06", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t06_parent_id_fkey")
                PrimaryKey("id", name: "t06_pkey")
            }

            Table("t07", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t07_parent_id_fkey")
                PrimaryKey("id", name: "t07_pkey")
            }

            Table("t08", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t08_parent_id_fkey")
                PrimaryKey("id", name: "t08_pkey")
            }

            Table("t09", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t09_parent_id_fkey")
                PrimaryKey("id", name: "t09_pkey")
            }

            Table("t10", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t10_parent_id_fkey")
                PrimaryKey("id", name: "t10_pkey")
                Index("t10_name_idx", on: .column("name"))
            }

            Table("t11", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t11_parent_id_fkey")
                PrimaryKey("id", name: "t11_pkey")
            }

            Table("t12", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t12_parent_id_fkey")
                PrimaryKey("id", name: "t12_pkey")
            }

            Table("t13", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                Column("extra", .jsonb)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t13_parent_id_fkey")
                PrimaryKey("id", name: "t13_pkey")
            }

            Table("t14", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t14_parent_id_fkey")
                PrimaryKey("id", name: "t14_pkey")
            }

            Table("t15", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .builtin("character varying(200)")).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t15_parent_id_fkey")
                PrimaryKey("id", name: "t15_pkey")
                Index("t15_name_idx", on: .column("name"))
            }

            Table("t16", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t16_parent_id_fkey")
                PrimaryKey("id", name: "t16_pkey")
            }

            Table("t17", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t17_parent_id_fkey")
                PrimaryKey("id", name: "t17_pkey")
            }

            Table("t18", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t18_parent_id_fkey")
                PrimaryKey("id", name: "t18_pkey")
            }

            Table("t19", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t19_parent_id_fkey")
                PrimaryKey("id", name: "t19_pkey")
            }

            Table("t20", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t20_parent_id_fkey")
                PrimaryKey("id", name: "t20_pkey")
                Index("t20_name_idx", on: .expression("lower(name)"))
            }

            Table("t21", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t21_parent_id_fkey")
                PrimaryKey("id", name: "t21_pkey")
            }

            Table("t22", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t22_parent_id_fkey")
                PrimaryKey("id", name: "t22_pkey")
            }

            Table("t23", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                Column("extra", .jsonb)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t23_parent_id_fkey")
                PrimaryKey("id", name: "t23_pkey")
            }

            Table("t24", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t24_parent_id_fkey")
                PrimaryKey("id", name: "t24_pkey")
            }

            Table("t25", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .builtin("character varying(200)")).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t25_parent_id_fkey")
                PrimaryKey("id", name: "t25_pkey")
                Index("t25_name_idx", on: .column("name"))
            }

            Table("t26", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t26_parent_id_fkey")
                PrimaryKey("id", name: "t26_pkey")
            }

            Table("t27", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t27_parent_id_fkey")
                PrimaryKey("id", name: "t27_pkey")
            }

            Table("t28", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t28_parent_id_fkey")
                PrimaryKey("id", name: "t28_pkey")
            }

            Table("t29", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t29_parent_id_fkey")
                PrimaryKey("id", name: "t29_pkey")
            }

            Table("t30", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t30_parent_id_fkey")
                PrimaryKey("id", name: "t30_pkey")
                Index("t30_name_idx", on: .column("name"))
            }

            Table("t31", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t31_parent_id_fkey")
                PrimaryKey("id", name: "t31_pkey")
            }

            Table("t32", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t32_parent_id_fkey")
                PrimaryKey("id", name: "t32_pkey")
            }

            Table("t33", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                Column("extra", .jsonb)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t33_parent_id_fkey")
                PrimaryKey("id", name: "t33_pkey")
            }

            Table("t34", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t34_parent_id_fkey")
                PrimaryKey("id", name: "t34_pkey")
            }

            Table("t35", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .builtin("character varying(200)")).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t35_parent_id_fkey")
                PrimaryKey("id", name: "t35_pkey")
                Index("t35_name_idx", on: .column("name"))
            }

            Table("t36", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t36_parent_id_fkey")
                PrimaryKey("id", name: "t36_pkey")
            }

            Table("t37", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t37_parent_id_fkey")
                PrimaryKey("id", name: "t37_pkey")
            }

            Table("t38", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t38_parent_id_fkey")
                PrimaryKey("id", name: "t38_pkey")
            }

            Table("t39", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t39_parent_id_fkey")
                PrimaryKey("id", name: "t39_pkey")
            }

            Table("t40", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t40_parent_id_fkey")
                PrimaryKey("id", name: "t40_pkey")
                Index("t40_name_idx", on: .expression("lower(name)"))
            }

            Table("t41", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t41_parent_id_fkey")
                PrimaryKey("id", name: "t41_pkey")
            }

            Table("t42", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t42_parent_id_fkey")
                PrimaryKey("id", name: "t42_pkey")
            }

            Table("t43", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                Column("extra", .jsonb)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t43_parent_id_fkey")
                PrimaryKey("id", name: "t43_pkey")
            }

            Table("t44", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t44_parent_id_fkey")
                PrimaryKey("id", name: "t44_pkey")
            }

            Table("t45", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .builtin("character varying(200)")).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t45_parent_id_fkey")
                PrimaryKey("id", name: "t45_pkey")
                Index("t45_name_idx", on: .column("name"))
            }

            Table("t46", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t46_parent_id_fkey")
                PrimaryKey("id", name: "t46_pkey")
            }

            Table("t47", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t47_parent_id_fkey")
                PrimaryKey("id", name: "t47_pkey")
            }

            Table("t48", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t48_parent_id_fkey")
                PrimaryKey("id", name: "t48_pkey")
            }

            Table("t49", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("name", .text).notNull()
                Column("state", .enum("state", schema: "shop")).default(.raw("'new'::shop.state"))
                Column("parent_id", .bigint)
                ForeignKey(["parent_id"], references: [TableReference("t00", schema: "shop").column("id")], name: "t49_parent_id_fkey")
                PrimaryKey("id", name: "t49_pkey")
            }

            Table("t50", schema: "shop") {
                Column("id", .bigint).notNull()
                Column("t01_id", .bigint)
                PrimaryKey("id", name: "t50_pkey")
                ForeignKey(["t01_id"], references: [TableReference("t01", schema: "shop").column("id")], name: "t50_t01_id_fkey")
            }

            View("summary", schema: "shop", as: #"""
                 SELECT t00.id,
                    t00.name,
                    t05.name AS other
                   FROM (shop.t00
                     JOIN shop.t05 ON ((t05.parent_id = t00.id)));
                """#)
        }
    }
}
