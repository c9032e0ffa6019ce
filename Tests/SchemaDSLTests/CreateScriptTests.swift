import SchemaDSL
import Testing

import struct Catalog.Catalog
import func Diff.diff

/// The DSL's CREATE script is `diff(from: Catalog(), to: dslCatalog)`: these options must reach it as Postgres spells them.
@Suite struct CreateScriptTests {
    private func createScript(_ desired: DesiredSchema) -> [String] {
        diff(from: Catalog(), to: desired.catalog, hints: desired.hints).map(\.sql)
    }

    @Test func notValidConstraintsAreAddedNotValidAfterTheTable() throws {
        let desired = try DesiredSchema {
            Table("parent") { Column("id", .integer).primaryKey() }
            Table("c") {
                Column("id", .integer)
                Check("c_id_check", "id > 0").notValid()
                ForeignKey("id", references: TableReference("parent").column("id"), name: "c_id_fkey").notValid()
            }
        }
        let check = try #require(desired.catalog.tables["public.c"]?.constraints["c_id_check"])
        #expect(!check.isValidated && check.definition == "CHECK (id > 0) NOT VALID")
        let script = createScript(desired)
        #expect(script.contains(#"ALTER TABLE "public"."c" ADD CONSTRAINT "c_id_check" CHECK (id > 0) NOT VALID"#))
        #expect(
            script.contains(
                #"ALTER TABLE "public"."c" ADD CONSTRAINT "c_id_fkey" FOREIGN KEY ("id") REFERENCES "public"."parent"("id") NOT VALID"#
            ))
        #expect(!script.contains { $0.hasPrefix("CREATE TABLE \"public\".\"c\"") && $0.contains("c_id_check") })
    }

    @Test func notValidDomainChecksAreAddedNotValidAfterTheDomain() throws {
        let desired = try DesiredSchema {
            Domain("code", .text)
                .check("code_len", "length(VALUE) = 3", notValid: true)
                .check("code_upper", "VALUE = upper(VALUE)")
        }
        let checks = try #require(desired.catalog.domains["public.code"]?.checks)
        #expect(checks.map(\.isValidated) == [false, true])
        #expect(checks.first?.definition == "CHECK (length(VALUE) = 3) NOT VALID")
        let script = createScript(desired)
        #expect(
            script == [
                #"CREATE DOMAIN "public"."code" AS text CONSTRAINT "code_upper" CHECK (VALUE = upper(VALUE))"#,
                #"ALTER DOMAIN "public"."code" ADD CONSTRAINT "code_len" CHECK (length(VALUE) = 3) NOT VALID"#,
            ])
    }

    @Test func constraintCommentsAreCommentedOn() throws {
        let desired = try DesiredSchema {
            Table("t") {
                Column("id", .integer)
                PrimaryKey("id", name: "t_pk").comment("pk")
            }
        }
        #expect(desired.catalog.tables["public.t"]?.constraints["t_pk"]?.comment == "pk")
        #expect(createScript(desired).contains(#"COMMENT ON CONSTRAINT "t_pk" ON "public"."t" IS 'pk'"#))
    }

    @Test func identityKeepsEverySequenceOption() throws {
        let desired = try DesiredSchema {
            Table("t") {
                Column("id", .bigint).identity(.always, start: 5, minValue: 2, maxValue: 99, cache: 10, cycle: true)
            }
        }
        let options = try #require(desired.catalog.tables["public.t"]?.columns.first?.identity?.options)
        #expect(
            options.start == 5 && options.minValue == 2 && options.maxValue == 99 && options.cache == 10
                && options.cycle)
        let create = try #require(createScript(desired).first { $0.hasPrefix("CREATE TABLE") })
        #expect(create.contains("GENERATED ALWAYS AS IDENTITY"))
        #expect(create.contains("START WITH 5") && create.contains("CACHE 10") && create.contains("MAXVALUE 99"))
        #expect(create.contains("MINVALUE 2") && create.contains(" CYCLE"))
    }

    @Test func disabledTriggersAreDisabledAfterTheyAreCreated() throws {
        let desired = try DesiredSchema {
            Table("t") {
                Column("id", .integer)
                Trigger(
                    "t_off", .before, .insert, executeFunction: "suppress_redundant_updates_trigger",
                    schema: "pg_catalog"
                )
                .disabled()
                Trigger(
                    "t_always", .before, .insert, executeFunction: "suppress_redundant_updates_trigger",
                    schema: "pg_catalog"
                )
                .enabled(.always)
            }
        }
        #expect(desired.catalog.tables["public.t"]?.triggers["t_off"]?.enabled == .disabled)
        let script = createScript(desired)
        #expect(script.contains(#"ALTER TABLE "public"."t" DISABLE TRIGGER "t_off""#))
        #expect(script.contains(#"ALTER TABLE "public"."t" ENABLE ALWAYS TRIGGER "t_always""#))
    }

    @Test func viewColumnCommentsAreCommentedOn() throws {
        let desired = try DesiredSchema {
            View.materialized("totals", as: "SELECT 1 AS n").columnComment("n", "count")
        }
        #expect(desired.catalog.views["public.totals"]?.columnComments == ["n": "count"])
        #expect(createScript(desired).contains(#"COMMENT ON COLUMN "public"."totals"."n" IS 'count'"#))
    }
}
