import SchemaDSL
import Testing

import struct Catalog.Constraint
import struct Catalog.EnumType
import struct Catalog.ForeignKey
import struct Catalog.IndexKey
import struct Catalog.QualifiedName

enum PostStatus: String, DatabaseEnum {
    case draft, published, archived
    static let schemaName = "app"
}

enum Organizations {
    static let table = TableReference("organizations", schema: "app")
    static let id = table.id
}

@Suite struct CatalogBuildTests {
    @Test func columnTypesAreSpelledAsPostgresPrintsThem() throws {
        let desired = try DesiredSchema {
            Schema("app")
            Enum(PostStatus.self)
            Table("every_type", schema: "app") {
                Column("a", .uuid)
                Column("b", .text)
                Column("c", .varchar(255))
                Column("d", .integer)
                Column("e", .bigint)
                Column("f", .smallint)
                Column("g", .numeric(12, 2))
                Column("h", .boolean)
                Column("i", .timestamptz)
                Column("j", .timestamp)
                Column("k", .date)
                Column("l", .interval)
                Column("m", .jsonb)
                Column("n", .bytea)
                Column("o", .array(.text))
                Column("p", .enum(PostStatus.self))
                Column("q", .array(.enum(PostStatus.self)))
            }
        }
        let table = try #require(desired.catalog.tables["app.every_type"])
        #expect(
            table.columns.map(\.type) == [
                "uuid", "text", "character varying(255)", "integer", "bigint", "smallint", "numeric(12,2)", "boolean",
                "timestamp with time zone", "timestamp without time zone", "date", "interval", "jsonb", "bytea",
                "text[]",
                "\"app\".\"post_status\"", "\"app\".\"post_status\"[]",
            ])
        #expect(table.columns.allSatisfy { !$0.isNotNull })
    }

    @Test func defaultsRenderSwiftLiteralsAsSQLLiterals() throws {
        let desired = try DesiredSchema {
            Schema("app")
            Enum(PostStatus.self)
            Table("t", schema: "app") {
                Column("s", .text).default("it's")
                Column("n", .integer).default(42)
                Column("x", .doublePrecision).default(1.5)
                Column("b", .boolean).notNull().default(false)
                Column("at", .timestamptz).default(.now)
                Column("id", .uuid).default(.genRandomUUID)
                Column("r", .timestamptz).default(.raw("now() + interval '1 day'"))
                Column("status", .enum(PostStatus.self)).default(PostStatus.draft)
                Column("path", .text).default("C:\\dir")
            }
        }
        let columns = try #require(desired.catalog.tables["app.t"]).columns
        #expect(
            columns.map(\.defaultExpression) == [
                "'it''s'", "42", "1.5", "false", "now()", "gen_random_uuid()", "now() + interval '1 day'", "'draft'",
                "E'C:\\\\dir'",
            ])
        #expect(columns[3].isNotNull)
    }

    @Test func identityAndGeneratedColumns() throws {
        let desired = try DesiredSchema {
            Table("line_items") {
                Column("id", .bigint).identity(.byDefault, start: 100).primaryKey()
                Column("quantity", .integer).notNull()
                Column("price", .numeric(10, 2)).notNull()
                Column("total", .numeric(12, 2)).generated(as: "quantity * price")
            }
        }
        let table = try #require(desired.catalog.tables["public.line_items"])
        #expect(table.columns[0].identity?.generation == .byDefault)
        #expect(table.columns[0].identity?.options.start == 100)
        #expect(table.columns[0].isNotNull)
        #expect(table.columns[3].generatedExpression == "quantity * price")
    }

    @Test func constraintsGetPostgresDefaultNamesAndDefinitions() throws {
        let desired = try DesiredSchema {
            Schema("app")
            Table(Organizations.table) {
                Column("id", .uuid).primaryKey()
                Column("slug", .text).notNull().unique()
            }
            Table("posts", schema: "app") {
                Column("id", .uuid).primaryKey()
                Column("organization_id", .uuid).notNull()
                    .references(
                        Organizations.id, onDelete: .cascade, onUpdate: .restrict, deferrable: .initiallyDeferred)
                Column("version", .integer).notNull().check("version > 0")
                Column("slug", .text).notNull()
                Column("during", .tstzrange)
                Unique("organization_id", "slug").nullsNotDistinct()
                Check("posts_slug_lowercase", "slug = lower(slug)").noInherit()
                Exclusion("posts_no_overlap", using: .gist, .column("during", with: "&&")).where("slug <> ''")
            }
        }
        let posts = try #require(desired.catalog.tables["app.posts"])
        #expect(
            Set(posts.constraints.keys) == [
                "posts_pkey", "posts_organization_id_fkey", "posts_version_check", "posts_organization_id_slug_key",
                "posts_slug_lowercase", "posts_no_overlap",
            ])
        #expect(posts.constraints["posts_pkey"]?.definition == "PRIMARY KEY (\"id\")")
        let foreignKey = try #require(posts.constraints["posts_organization_id_fkey"])
        #expect(
            foreignKey.definition == "FOREIGN KEY (\"organization_id\") REFERENCES \"app\".\"organizations\"(\"id\") "
                + "ON UPDATE RESTRICT ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED")
        #expect(
            foreignKey.kind
                == .foreignKey(
                    ForeignKey(
                        columns: ["organization_id"], referencedTable: QualifiedName("app", "organizations"),
                        referencedColumns: ["id"], onDelete: .cascade, onUpdate: .restrict)))
        #expect(foreignKey.isDeferrable && foreignKey.isInitiallyDeferred)
        #expect(posts.constraints["posts_version_check"]?.definition == "CHECK (version > 0)")
        #expect(
            posts.constraints["posts_organization_id_slug_key"]?.definition
                == "UNIQUE NULLS NOT DISTINCT (\"organization_id\", \"slug\")")
        #expect(posts.constraints["posts_slug_lowercase"]?.definition == "CHECK (slug = lower(slug)) NO INHERIT")
        #expect(
            posts.constraints["posts_no_overlap"]?.definition
                == "EXCLUDE USING \"gist\" (\"during\" WITH &&) WHERE (slug <> '')")
        #expect(desired.catalog.tables["app.organizations"]?.constraints["organizations_slug_key"] != nil)
        #expect(posts.column("id")?.isNotNull == true)
    }

    @Test func compositePrimaryKeyMakesItsColumnsNotNull() throws {
        let desired = try DesiredSchema {
            Table("post_tags") {
                Column("post_id", .uuid)
                Column("tag_id", .uuid)
                PrimaryKey("post_id", "tag_id")
            }
        }
        let table = try #require(desired.catalog.tables["public.post_tags"])
        #expect(table.constraints["post_tags_pkey"]?.kind == .primaryKey(columns: ["post_id", "tag_id"]))
        #expect(table.columns.allSatisfy { $0.isNotNull })
    }

    @Test func longDefaultNamesAreTruncatedLikePostgres() throws {
        let table = String(repeating: "t", count: 40)
        let column = String(repeating: "c", count: 40)
        let desired = try DesiredSchema {
            Table(table) { Column(column, .text).unique() }
        }
        let name = try #require(desired.catalog.tables["public.\(table)"]?.constraints.keys.first)
        // Postgres shortens the longer part first: 63 - "_key".count - 1 = 58 bytes for both parts.
        #expect(name == String(repeating: "t", count: 29) + "_" + String(repeating: "c", count: 29) + "_key")
        #expect(name.utf8.count == 63)
    }

    @Test func indexesRenderFullCreateStatements() throws {
        let desired = try DesiredSchema {
            Schema("app")
            Table("posts", schema: "app") {
                Column("id", .uuid).primaryKey()
                Column("organization_id", .uuid).notNull()
                Column("created_at", .timestamptz).notNull()
                Column("title", .text)
                Column("metadata", .jsonb)
                Column("deleted_at", .timestamptz)
                Index(on: "organization_id", .column("created_at").descending().nullsLast())
                    .including("title").where("deleted_at IS NULL")
                Index("posts_metadata", on: .column("metadata").operatorClass("jsonb_path_ops"))
                    .using(.gin).concurrently()
                Index("posts_title_lower", on: .expression("lower(title)")).unique().storageParameters("fillfactor=70")
                    .renamed(from: "posts_title_idx")
            }
        }
        let indexes = try #require(desired.catalog.tables["app.posts"]).indexes
        let byDate = try #require(indexes["posts_organization_id_created_at_idx"])
        #expect(
            byDate.keys == [
                IndexKey(expression: "organization_id"),
                IndexKey(expression: "created_at", descending: true, nullsFirst: false),
            ])
        #expect(byDate.includedColumns == ["title"] && byDate.predicate == "deleted_at IS NULL" && !byDate.isUnique)
        #expect(indexes["posts_metadata"]?.keys == [IndexKey(expression: "metadata", operatorClass: "\"jsonb_path_ops\"")])
        #expect(indexes["posts_metadata"]?.method == "gin")
        let titleLower = try #require(indexes["posts_title_lower"])
        #expect(titleLower.isUnique && titleLower.storageParameters == ["fillfactor=70"])
        #expect(titleLower.keys == [IndexKey(expression: "lower(title)", isColumn: false)])
        #expect(desired.hints.concurrentIndexes == ["app.posts_metadata"])
        #expect(desired.hints.renamedIndexes == ["app.posts": ["posts_title_lower": "posts_title_idx"]])
    }

    @Test func typesSequencesAndExtensions() throws {
        let desired = try DesiredSchema {
            Schema("app").comment("application")
            Extension("pg_trgm")
            Enum("member_role", schema: "app", labels: "owner", "admin", "member").renamedLabel("member", from: "user")
            Enum(PostStatus.self).comment("lifecycle")
            Domain("email", schema: "app", .text).notNull()
                .check("email_has_at", "VALUE LIKE '%@%'", comment: "not a full RFC 5322 check")
            CompositeType("money_amount", schema: "app", ["amount": .numeric(12, 2), "currency": .char(3)])
                .comment("ISO 4217 code", attribute: "currency")
            DatabaseSequence("invoice_numbers", schema: "app").start(1000).increment(1).cycle()
        }
        let catalog = desired.catalog
        #expect(catalog.schemas["app"]?.comment == "application")
        #expect(catalog.extensions["pg_trgm"]?.schema == "public")
        #expect(catalog.enums["app.member_role"]?.labels == ["owner", "admin", "member"])
        #expect(
            catalog.enums["app.post_status"]
                == EnumType(
                    name: QualifiedName("app", "post_status"), labels: ["draft", "published", "archived"],
                    comment: "lifecycle"))
        #expect(desired.hints.renamedEnumLabels == ["app.member_role": ["member": "user"]])
        #expect(catalog.domains["app.email"]?.checks.first?.definition == "CHECK (VALUE LIKE '%@%')")
        #expect(catalog.domains["app.email"]?.isNotNull == true)
        #expect(catalog.domains["app.email"]?.checks.first?.comment == "not a full RFC 5322 check")
        #expect(
            catalog.compositeTypes["app.money_amount"]?.attributes.map(\.type) == ["numeric(12,2)", "character(3)"])
        #expect(catalog.compositeTypes["app.money_amount"]?.attributes.map(\.comment) == [nil, "ISO 4217 code"])
        #expect(catalog.sequences["app.invoice_numbers"]?.options.start == 1000)
        #expect(catalog.sequences["app.invoice_numbers"]?.options.cycle == true)
    }

    @Test func viewsAndMaterializedViews() throws {
        let desired = try DesiredSchema {
            Table("posts") {
                Column("id", .uuid).primaryKey()
                Column("title", .text)
            }
            View("titles", as: "SELECT id, title FROM posts").options("security_barrier=true")
            View.materialized("post_count", as: "SELECT count(*) AS n FROM posts")
                .index(Index("post_count_n", on: "n").unique())
        }
        let catalog = desired.catalog
        #expect(catalog.views["public.titles"]?.definition == "SELECT id, title FROM posts")
        #expect(catalog.views["public.titles"]?.options == ["security_barrier=true"])
        #expect(catalog.views["public.post_count"]?.isMaterialized == true)
        let countIndex = try #require(catalog.views["public.post_count"]?.indexes["post_count_n"])
        #expect(countIndex.isUnique && countIndex.keys == [IndexKey(expression: "n")])
    }

    @Test func functionsTriggersAndProcedures() throws {
        let touch = Function(
            "touch_updated_at", schema: "app", returns: .trigger, language: .plpgsql,
            body: """
                BEGIN NEW.updated_at := now(); RETURN NEW; END
                """)
        let desired = try DesiredSchema {
            Schema("app")
            touch
            Function(
                "post_count", schema: "app",
                parameters: [Parameter("org", .uuid), Parameter("since", .timestamptz, default: "now()")],
                returns: .type(.bigint), body: "SELECT count(*) FROM app.posts WHERE organization_id = org"
            )
            .volatility(.stable).strict().securityDefiner().parallel(.safe).set("statement_timeout", to: "5s")
            Function.procedure("archive", schema: "app", body: "UPDATE app.posts SET updated_at = now()")
            Table("posts", schema: "app") {
                Column("id", .uuid).primaryKey()
                Column("organization_id", .uuid)
                Column("updated_at", .timestamptz)
                Trigger("posts_touch", .before, .insert, .update, execute: touch).updateOf("organization_id")
                    .when("OLD.* IS DISTINCT FROM NEW.*")
            }
        }
        let catalog = desired.catalog
        let count = try #require(catalog.functions["app.post_count(\"org\" uuid, \"since\" timestamp with time zone)"])
        #expect(count.settings == ["statement_timeout=5s"])
        #expect(count.volatility == .stable && count.isStrict && count.securityDefiner && count.parallel == .safe)
        #expect(
            count.definition == """
                CREATE OR REPLACE FUNCTION "app"."post_count"("org" uuid, "since" timestamp with time zone DEFAULT now())
                 RETURNS bigint
                 LANGUAGE "sql"
                 STABLE STRICT SECURITY DEFINER PARALLEL SAFE
                 SET "statement_timeout" TO '5s'
                AS $function$SELECT count(*) FROM app.posts WHERE organization_id = org$function$
                """)
        #expect(catalog.functions["app.archive()"]?.kind == .procedure)
        #expect(
            catalog.functions["app.archive()"]?.definition.hasPrefix(
                "CREATE OR REPLACE PROCEDURE \"app\".\"archive\"()") == true)
        let trigger = try #require(catalog.tables["app.posts"]?.triggers["posts_touch"])
        #expect(
            trigger.definition == "CREATE TRIGGER \"posts_touch\" BEFORE INSERT OR UPDATE OF \"organization_id\" "
                + "ON \"app\".\"posts\" FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) "
                + "EXECUTE FUNCTION \"app\".\"touch_updated_at\"()")
        #expect(trigger.function == QualifiedName("app", "touch_updated_at"))
    }

    @Test func rowLevelSecurityAndPolicies() throws {
        let desired = try DesiredSchema {
            Role("app_user")
            Role("auditor")
            Table("notes") {
                Column("id", .uuid).primaryKey()
                Column("org", .uuid)
                Policy("tenant").to("app_user", "auditor").using("org = current_setting('app.org_id', true)::uuid")
                    .withCheck("org IS NOT NULL")
                Policy("read_only").for(.select).restrictive().using("true")
            }
            .rowLevelSecurity(force: true)
            .comment("notes")
            Policy("audit_delete", table: TableReference("notes")).for(.delete).to("auditor").using("false")
        }
        let table = try #require(desired.catalog.tables["public.notes"])
        #expect(table.rowLevelSecurity && table.forceRowLevelSecurity)
        #expect(table.comment == "notes")
        #expect(table.policies["tenant"]?.roles == ["app_user", "auditor"])
        #expect(table.policies["tenant"]?.withCheck == "org IS NOT NULL")
        #expect(table.policies["read_only"]?.roles == ["public"])
        #expect(table.policies["read_only"]?.isPermissive == false)
        #expect(table.policies["audit_delete"]?.command == .delete)
        #expect(desired.requiredRoles == ["app_user", "auditor"])
    }

    @Test func partitionedTables() throws {
        let events = TableReference("events")
        let desired = try DesiredSchema {
            Table(events) {
                Column("id", .bigint).notNull()
                Column("at", .timestamptz).notNull()
            }
            .partitioned(by: .range("at"))
            Table("events_2026").partition(of: events, forValues: "FROM ('2026-01-01') TO ('2027-01-01')")
            Table("events_other").partition(of: events, forValues: nil)
        }
        let catalog = desired.catalog
        #expect(catalog.tables["public.events"]?.partitionKey == "RANGE (\"at\")")
        #expect(
            catalog.tables["public.events_2026"]?.partitionOf?.bound
                == "FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')")
        #expect(catalog.tables["public.events_other"]?.partitionOf?.bound == "DEFAULT")
        #expect(catalog.tables["public.events_other"]?.partitionOf?.parent == events.name)
    }

    @Test func renameHintsAreCollected() throws {
        let desired = try DesiredSchema {
            Schema("app").renamed(from: "application")
            Table("posts", schema: "app") {
                Column("id", .uuid).primaryKey()
                Column("title", .text).renamed(from: "headline").comment("shown in lists")
                Check("posts_title_length", "length(title) < 200").renamed(from: "title_length")
            }
            .renamed(from: "articles")
        }
        #expect(desired.hints.renamedSchemas == ["app": "application"])
        #expect(desired.hints.renamedTables == ["app.posts": "articles"])
        #expect(desired.hints.renamedColumns == ["app.posts": ["title": "headline"]])
        // The default-named primary key follows the table rename.
        #expect(
            desired.hints.renamedConstraints == [
                "app.posts": ["posts_title_length": "title_length", "posts_pkey": "articles_pkey"]
            ])
        #expect(desired.catalog.tables["app.posts"]?.column("title")?.comment == "shown in lists")
    }

    @Test func swiftEnumNamesDefaultToSnakeCase() {
        enum HTTPMethodKind: String, DatabaseEnum { case get, post }
        #expect(HTTPMethodKind.enumName == "http_method_kind")
        #expect(HTTPMethodKind.schemaName == "public")
    }

    @Test func databaseSchemaConformanceBuildsWithTheResultBuilder() throws {
        enum Tiny: DatabaseSchema {
            static var schema: [SchemaElement] {
                Table("things") { Column("id", .integer).primaryKey() }
                for n in 1...2 { Table("t\(n)") { Column("id", .integer) } }
            }
        }
        #expect(try Set(Tiny.desiredSchema().catalog.tables.keys) == ["public.things", "public.t1", "public.t2"])
    }
}
