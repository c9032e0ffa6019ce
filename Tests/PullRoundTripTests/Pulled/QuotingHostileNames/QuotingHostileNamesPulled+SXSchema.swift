import SchemaDSL

extension QuotingHostileNamesPulled {
    /// The objects of schema "s\n-- x", pulled from the database by `db pull`.
    enum SXSchema {
        @SchemaBuilder static var declarations: [SchemaElement] {
            Schema("s\n-- x").comment("schema\r\nDROP TABLE keep; --")

            Enum("mood\r*/", schema: "s\n-- x", labels: "a\n--", "b'\\", "c\r\n/* $$")

            Domain("dom\n'", schema: "s\n-- x", .text).check("dchk\n--", "(VALUE <> '\n;--'::text)")

            CompositeType("comp\u{2028}line", schema: "s\n-- x", ["attr\n--": .text])

            DatabaseSequence("seq\n;", schema: "s\n-- x")

            Function(
                "fn\n--", schema: "s\n-- x",
                parameters: [Parameter("arg\n*/", .text)],
                returns: .type(.text),
                language: .sql,
                body: " SELECT U&\"arg\\000a*/\" || '$$' "
            )
            .set("myapp.note", to: "two\r\n--DROP TABLE keep;")
            .comment("fn\n--")

            Function(
                "touch\n;", schema: "s\n-- x",
                returns: .trigger,
                language: .plpgsql,
                body: " BEGIN RETURN NEW; END "
            )

            Table("evil\nDROP TABLE keep; --", schema: "s\n-- x") {
                Column("id", .integer).notNull()
                Column("col\n;DROP TABLE keep; --", .text).default(.raw("'z\n*/ DROP TABLE keep; --'::text")).comment("*/\r--")
                Column("mood", .enum("mood\r*/", schema: "s\n-- x"))
                Column("added\n\\--", .domain("dom\n'", schema: "s\n-- x"))
                Check("ck\n--", "(\"col\n;DROP TABLE keep; --\" <> '$$\n*/'::text)")
                PrimaryKey("id", name: "evil\nDROP TABLE keep; --_pkey")
                Index("idx\r--", on: .column("col\n;DROP TABLE keep; --")).where("(\"col\n;DROP TABLE keep; --\" <> '$$\n--'::text)")
                Trigger("trg\n--", .before, .update, executeFunction: "touch\n;", schema: "s\n-- x")
                Policy("pol\n--").using("(\"col\n;DROP TABLE keep; --\" <> 'p\n*/;'::text)")
            }
            .rowLevelSecurity()
            .comment("second\nDROP TABLE keep; --")

            Table("new\n\u{2028} table", schema: "s\n-- x") {
                Column("id", .integer)
            }

            View("view\n;--", schema: "s\n-- x", as: #"""
                 SELECT "evil
                DROP TABLE keep; --".id,
                    "evil
                DROP TABLE keep; --"."col
                ;DROP TABLE keep; --"
                   FROM "s
                -- x"."evil
                DROP TABLE keep; --"
                  WHERE ("evil
                DROP TABLE keep; --"."col
                ;DROP TABLE keep; --" <> 'v
                --'::text);
                """#)
        }
    }
}
