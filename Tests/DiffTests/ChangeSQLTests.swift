import Catalog
import Testing

@testable import Diff

/// One row per kind of change: the SQL it renders and its flags.
struct ChangeExpectation: CustomTestStringConvertible, Sendable {
    var change: Change
    var sql: String
    var destructive = false
    var hazard = false
    var noTransaction = false

    var testDescription: String { change.kind }
}

private let users = QualifiedName("app", "users")
private let weird = QualifiedName("My Schema", "Odd \"Table\"")
private let signature = FunctionSignature(name: QualifiedName("app", "f"), identityArguments: "x integer")

/// A child table that declares no columns of its own, with a storage parameter.
private let inheritingTable: Table = {
    var inherited = Column(name: "n", type: "integer")
    inherited.isLocal = false
    var table = Table(name: users, columns: [inherited])
    table.inheritsFrom = [weird]
    table.storageParameters = ["fillfactor=70"]
    return table
}()

private let expectations: [ChangeExpectation] = [
    .init(change: .createSchema(Schema(name: "app")), sql: #"CREATE SCHEMA "app""#),
    .init(change: .dropSchema("app"), sql: #"DROP SCHEMA "app""#, destructive: true),
    .init(change: .renameSchema(from: "a", to: "b"), sql: #"ALTER SCHEMA "a" RENAME TO "b""#),
    .init(
        change: .createExtension(Extension(name: "citext", schema: "public", version: "1.6")),
        sql: #"CREATE EXTENSION IF NOT EXISTS "citext" WITH SCHEMA "public" VERSION '1.6'"#),
    .init(
        change: .dropExtension(Extension(name: "citext", schema: "public")), sql: #"DROP EXTENSION "citext""#,
        destructive: true),
    .init(
        change: .createEnum(EnumType(name: QualifiedName("app", "mood"), labels: ["it's", "ok"])),
        sql: #"CREATE TYPE "app"."mood" AS ENUM ('it''s', 'ok')"#),
    .init(
        change: .addEnumValue(type: QualifiedName("app", "mood"), label: "meh", position: .after("ok")),
        sql: #"ALTER TYPE "app"."mood" ADD VALUE 'meh' AFTER 'ok'"#, noTransaction: true),
    .init(
        change: .addEnumValue(type: QualifiedName("app", "mood"), label: "bad", position: .before("ok")),
        sql: #"ALTER TYPE "app"."mood" ADD VALUE 'bad' BEFORE 'ok'"#, noTransaction: true),
    .init(
        change: .renameEnumValue(type: QualifiedName("app", "mood"), from: "ok", to: "fine"),
        sql: #"ALTER TYPE "app"."mood" RENAME VALUE 'ok' TO 'fine'"#),
    .init(
        change: .renameType(QualifiedName("app", "mood"), to: "mood__old"),
        sql: #"ALTER TYPE "app"."mood" RENAME TO "mood__old""#),
    .init(change: .dropType(QualifiedName("app", "mood")), sql: #"DROP TYPE "app"."mood""#, destructive: true),
    .init(
        change: .createDomain(
            Domain(
                name: QualifiedName("app", "pos"), baseType: "integer", defaultExpression: "1", isNotNull: true,
                checks: [DomainCheck(name: "pos_check", definition: "CHECK ((VALUE > 0))")])),
        sql: #"CREATE DOMAIN "app"."pos" AS integer DEFAULT 1 NOT NULL CONSTRAINT "pos_check" CHECK ((VALUE > 0))"#),
    .init(
        change: .setDomainDefault(QualifiedName("app", "pos"), expression: nil),
        sql: #"ALTER DOMAIN "app"."pos" DROP DEFAULT"#),
    .init(
        change: .addDomainCheck(QualifiedName("app", "pos"), DomainCheck(name: "c", definition: "CHECK ((VALUE < 9))")),
        sql: #"ALTER DOMAIN "app"."pos" ADD CONSTRAINT "c" CHECK ((VALUE < 9))"#),
    .init(
        change: .createCompositeType(
            CompositeType(
                name: QualifiedName("app", "pair"),
                attributes: [.init(name: "a", type: "integer"), .init(name: "b", type: "text", collation: "C")])),
        sql: #"CREATE TYPE "app"."pair" AS ("a" integer, "b" text COLLATE "C")"#),
    .init(
        change: .dropAttribute(QualifiedName("app", "pair"), name: "b"),
        sql: #"ALTER TYPE "app"."pair" DROP ATTRIBUTE "b""#, destructive: true),
    .init(
        change: .createSequence(
            SequenceDefinition(
                name: QualifiedName("app", "s"), dataType: "integer",
                options: SequenceOptions(start: 10, increment: 5, cycle: true))),
        sql: #"CREATE SEQUENCE "app"."s" AS integer INCREMENT BY 5 START WITH 10 CYCLE"#),
    .init(
        change: .alterSequence(QualifiedName("app", "s"), dataType: "bigint", options: SequenceOptions(maxValue: 99)),
        sql: #"ALTER SEQUENCE "app"."s" AS bigint INCREMENT BY 1 NO MINVALUE MAXVALUE 99 START WITH 1 CACHE 1 NO CYCLE"#),
    .init(
        change: .setSequenceOwner(QualifiedName("app", "s"), ColumnReference(relation: users, column: "id")),
        sql: #"ALTER SEQUENCE "app"."s" OWNED BY "app"."users"."id""#),
    .init(change: .dropSequence(QualifiedName("app", "s")), sql: #"DROP SEQUENCE "app"."s""#, destructive: true),
    .init(
        change: .createTable(
            Table(
                name: weird,
                columns: [
                    Column(name: "id", type: "bigint", isNotNull: true, identity: Identity(generation: .always)),
                    Column(name: "Total", type: "numeric", generatedExpression: "(a * 2)"),
                ],
                constraints: [
                    "p": Constraint(name: "p", kind: .primaryKey(columns: ["id"]), definition: "PRIMARY KEY (id)")
                ], isUnlogged: true)),
        sql: #"""
            CREATE UNLOGGED TABLE "My Schema"."Odd ""Table""" (
                "id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
                "Total" numeric GENERATED ALWAYS AS ((a * 2)) STORED,
                CONSTRAINT "p" PRIMARY KEY (id)
            )
            """#),
    .init(
        change: .createTable(
            Table(
                name: QualifiedName("app", "e_2024"),
                partitionOf: PartitionBound(
                    parent: QualifiedName("app", "e"), bound: "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"))),
        sql: #"CREATE TABLE "app"."e_2024" PARTITION OF "app"."e" FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"#),
    .init(change: .dropTable(users), sql: #"DROP TABLE "app"."users""#, destructive: true),
    .init(change: .renameTable(users, to: "people"), sql: #"ALTER TABLE "app"."users" RENAME TO "people""#),
    .init(change: .setUnlogged(users, true), sql: #"ALTER TABLE "app"."users" SET UNLOGGED"#, hazard: true),
    .init(
        change: .attachPartition(
            parent: QualifiedName("app", "e"), partition: QualifiedName("app", "e_1"), bound: "DEFAULT"),
        sql: #"ALTER TABLE "app"."e" ATTACH PARTITION "app"."e_1" DEFAULT"#, hazard: true),
    .init(
        change: .detachPartition(parent: QualifiedName("app", "e"), partition: QualifiedName("app", "e_1")),
        sql: #"ALTER TABLE "app"."e" DETACH PARTITION "app"."e_1""#),
    .init(
        change: .setRowLevelSecurity(users, enabled: false),
        sql: #"ALTER TABLE "app"."users" DISABLE ROW LEVEL SECURITY"#),
    .init(
        change: .setForceRowLevelSecurity(users, forced: false),
        sql: #"ALTER TABLE "app"."users" NO FORCE ROW LEVEL SECURITY"#),
    .init(
        change: .addColumn(users, Column(name: "email", type: "text", isNotNull: true, defaultExpression: "''::text")),
        sql: #"ALTER TABLE "app"."users" ADD COLUMN "email" text DEFAULT ''::text NOT NULL"#),
    .init(
        change: .dropColumn(users, column: "email"), sql: #"ALTER TABLE "app"."users" DROP COLUMN "email""#,
        destructive: true),
    .init(
        change: .renameColumn(users, from: "a", to: "b"),
        sql: #"ALTER TABLE "app"."users" RENAME COLUMN "a" TO "b""#),
    .init(
        change: .alterColumnType(users, column: "n", type: "integer", collation: nil, using: "\"n\"::integer"),
        sql: #"ALTER TABLE "app"."users" ALTER COLUMN "n" TYPE integer USING "n"::integer"#, hazard: true),
    .init(
        change: .setNotNull(users, column: "n"), sql: #"ALTER TABLE "app"."users" ALTER COLUMN "n" SET NOT NULL"#,
        hazard: true),
    .init(
        change: .dropNotNull(users, column: "n"), sql: #"ALTER TABLE "app"."users" ALTER COLUMN "n" DROP NOT NULL"#),
    .init(
        change: .setDefault(users, column: "n", expression: "0"),
        sql: #"ALTER TABLE "app"."users" ALTER COLUMN "n" SET DEFAULT 0"#),
    .init(
        change: .dropDefault(users, column: "n"), sql: #"ALTER TABLE "app"."users" ALTER COLUMN "n" DROP DEFAULT"#),
    .init(
        change: .addIdentity(users, column: "id", Identity(generation: .byDefault, options: SequenceOptions(start: 7))),
        sql: #"ALTER TABLE "app"."users" ALTER COLUMN "id" ADD GENERATED BY DEFAULT AS IDENTITY (START WITH 7)"#,
        hazard: true),
    .init(
        change: .alterIdentity(users, column: "id", Identity(generation: .always)),
        sql:
            #"ALTER TABLE "app"."users" ALTER COLUMN "id" SET GENERATED ALWAYS SET INCREMENT BY 1 SET NO MINVALUE SET NO MAXVALUE SET START WITH 1 SET CACHE 1 SET NO CYCLE"#
    ),
    .init(
        change: .dropIdentity(users, column: "id"), sql: #"ALTER TABLE "app"."users" ALTER COLUMN "id" DROP IDENTITY"#),
    .init(
        change: .dropGeneratedExpression(users, column: "t"),
        sql: #"ALTER TABLE "app"."users" ALTER COLUMN "t" DROP EXPRESSION"#),
    .init(
        change: .addConstraint(
            users,
            Constraint(
                name: "users_org_fkey",
                kind: .foreignKey(
                    ForeignKey(columns: ["org_id"], referencedTable: QualifiedName("app", "orgs"), referencedColumns: ["id"])),
                definition: "FOREIGN KEY (org_id) REFERENCES app.orgs(id)"), tableIsNew: false),
        sql: #"ALTER TABLE "app"."users" ADD CONSTRAINT "users_org_fkey" FOREIGN KEY (org_id) REFERENCES app.orgs(id)"#,
        hazard: true),
    .init(
        change: .addConstraint(
            users,
            Constraint(
                name: "c", kind: .check(expression: "(n > 0)", noInherit: false), definition: "CHECK ((n > 0)) NOT VALID",
                isValidated: false), tableIsNew: false),
        sql: #"ALTER TABLE "app"."users" ADD CONSTRAINT "c" CHECK ((n > 0)) NOT VALID"#),
    .init(
        change: .validateConstraint(users, name: "c"), sql: #"ALTER TABLE "app"."users" VALIDATE CONSTRAINT "c""#),
    .init(change: .dropConstraint(users, name: "c"), sql: #"ALTER TABLE "app"."users" DROP CONSTRAINT "c""#),
    .init(
        change: .createIndex(
            Index(
                name: "users_n_idx", table: users, keys: [IndexKey(expression: "n")]), concurrently: true,
            tableIsNew: false),
        sql: #"CREATE INDEX CONCURRENTLY "users_n_idx" ON "app"."users" USING "btree" ("n")"#, noTransaction: true),
    .init(
        change: .createIndex(
            Index(
                name: "users_n_idx", table: users, keys: [IndexKey(expression: "n")]), concurrently: false,
            tableIsNew: false),
        sql: #"CREATE INDEX "users_n_idx" ON "app"."users" USING "btree" ("n")"#, hazard: true),
    .init(
        change: .createIndex(
            Index(
                name: "users_search", table: users, method: "gist", isUnique: false,
                keys: [
                    IndexKey(
                        expression: "name", operatorClass: "public.gist_trgm_ops", operatorClassOptions: ["siglen=32"]),
                    IndexKey(expression: "lower(email)", isColumn: false, descending: true, nullsFirst: false),
                    IndexKey(expression: "email", collation: #""C""#),
                ],
                includedColumns: ["n"], predicate: "(deleted_at IS NULL)", storageParameters: ["fillfactor=70"],
                nullsNotDistinct: true),
            concurrently: false, tableIsNew: true),
        sql: #"CREATE INDEX "users_search" ON "app"."users" USING "gist" ("name" public.gist_trgm_ops ("siglen"='32'), "#
            + #"(lower(email)) DESC NULLS LAST, "email" COLLATE "C") INCLUDE ("n") NULLS NOT DISTINCT "#
            + #"WITH ("fillfactor"='70') WHERE ((deleted_at IS NULL))"#),
    .init(
        change: .dropIndex(QualifiedName("app", "users_n_idx"), concurrently: true),
        sql: #"DROP INDEX CONCURRENTLY "app"."users_n_idx""#, noTransaction: true),
    .init(
        change: .createFunction(
            Function(name: QualifiedName("app", "f"), arguments: "x integer", returnType: "integer", language: "sql",
                body: "SELECT $function$", volatility: .immutable),
            replacing: false),
        sql: #"CREATE OR REPLACE FUNCTION "app"."f"(x integer) RETURNS integer LANGUAGE "sql" IMMUTABLE PARALLEL UNSAFE AS $function1$SELECT $function$$function1$"#
    ),
    .init(
        change: .dropFunction(signature, recreated: false), sql: #"DROP FUNCTION "app"."f"(x integer)"#,
        destructive: true),
    .init(change: .dropFunction(signature, recreated: true), sql: #"DROP FUNCTION "app"."f"(x integer)"#),
    .init(
        change: .setFunctionSetting(signature, name: "search_path", value: #""My Schema", public"#),
        sql: #"ALTER FUNCTION "app"."f"(x integer) SET "search_path" TO 'My Schema', 'public'"#),
    .init(
        change: .setFunctionSetting(signature, name: "statement_timeout", value: "5s"),
        sql: #"ALTER FUNCTION "app"."f"(x integer) SET "statement_timeout" TO '5s'"#),
    .init(
        change: .resetFunctionSetting(signature, name: "work_mem"),
        sql: #"ALTER FUNCTION "app"."f"(x integer) RESET "work_mem""#),
    .init(
        change: .createView(
            View(name: QualifiedName("app", "v"), definition: " SELECT 1;", options: ["security_barrier=true"]),
            replacing: true),
        sql: "CREATE OR REPLACE VIEW \"app\".\"v\" WITH (\"security_barrier\"='true') AS\nSELECT 1"),
    .init(
        change: .createView(View(name: QualifiedName("app", "m"), isMaterialized: true, definition: "SELECT 1"), replacing: false),
        sql: "CREATE MATERIALIZED VIEW \"app\".\"m\" AS\nSELECT 1"),
    .init(
        change: .dropView(QualifiedName("app", "m"), materialized: true), sql: #"DROP MATERIALIZED VIEW "app"."m""#),
    .init(
        change: .createTrigger(
            Trigger(
                name: "t", table: users, timing: .after, events: [.insert, .update], updateColumns: ["n"],
                forEachRow: false, function: QualifiedName("app", "audit"), functionArguments: ["x"])),
        sql: #"CREATE TRIGGER "t" AFTER INSERT OR UPDATE OF "n" ON "app"."users" FOR EACH STATEMENT EXECUTE FUNCTION "app"."audit"('x')"#
    ),
    .init(
        change: .setTriggerEnabled(
            Trigger(name: "t", table: users, timing: .after, events: [.insert], function: users, enabled: .replica)),
        sql: #"ALTER TABLE "app"."users" ENABLE REPLICA TRIGGER "t""#),
    .init(
        change: .createPolicy(
            Policy(
                name: "own", table: users, command: .update, isPermissive: false, roles: ["app_user", "public"],
                using: "(id = 1)", withCheck: "true")),
        sql: #"CREATE POLICY "own" ON "app"."users" AS RESTRICTIVE FOR UPDATE TO "app_user", public USING ((id = 1)) WITH CHECK (true)"#
    ),
    .init(
        change: .alterPolicy(Policy(name: "own", table: users, roles: ["public"], using: "(id = 2)")),
        sql: #"ALTER POLICY "own" ON "app"."users" TO public USING ((id = 2))"#),
    .init(
        change: .dropPolicy(Policy(name: "own", table: users)), sql: #"DROP POLICY "own" ON "app"."users""#),
    .init(
        change: .setComment(.column(users, "n"), "it's \\ here"),
        sql: #"COMMENT ON COLUMN "app"."users"."n" IS E'it''s \\ here'"#),
    .init(change: .setComment(.function(signature), nil), sql: #"COMMENT ON FUNCTION "app"."f"(x integer) IS NULL"#),
    .init(
        change: .setComment(.constraint(table: users, name: "c"), "x"),
        sql: #"COMMENT ON CONSTRAINT "c" ON "app"."users" IS 'x'"#),

    // MARK: - Table and view options, inheritance (issue 8)
    .init(
        change: .setRelationOptions(users, .table, ["fillfactor=70", "toast.autovacuum_enabled=false", "x=it's"]),
        sql: #"ALTER TABLE "app"."users" SET ("fillfactor"='70', "toast"."autovacuum_enabled"='false', "x"='it''s')"#),
    .init(
        change: .setRelationOptions(users, .view, ["security_barrier = true"]),
        sql: #"ALTER VIEW "app"."users" SET ("security_barrier"='true')"#),
    .init(
        change: .resetRelationOptions(weird, .materializedView, names: ["fillfactor"]),
        sql: #"ALTER MATERIALIZED VIEW "My Schema"."Odd ""Table""" RESET ("fillfactor")"#),
    .init(
        change: .setReplicaIdentity(users, .index("users \"code\" key")),
        sql: #"ALTER TABLE "app"."users" REPLICA IDENTITY USING INDEX "users ""code"" key""#),
    .init(change: .setReplicaIdentity(users, .full), sql: #"ALTER TABLE "app"."users" REPLICA IDENTITY FULL"#),
    .init(
        change: .setColumnStorage(users, column: "body", storage: "external"),
        sql: #"ALTER TABLE "app"."users" ALTER COLUMN "body" SET STORAGE EXTERNAL"#),
    .init(
        change: .setColumnStatistics(users, column: "n", target: nil),
        sql: #"ALTER TABLE "app"."users" ALTER COLUMN "n" SET STATISTICS -1"#),
    .init(
        change: .setInherit(users, parent: weird, inherits: false),
        sql: #"ALTER TABLE "app"."users" NO INHERIT "My Schema"."Odd ""Table""""#),
    .init(
        change: .refreshMaterializedView(users, withData: true), sql: #"REFRESH MATERIALIZED VIEW "app"."users""#,
        hazard: true),
    .init(
        change: .refreshMaterializedView(users, withData: false),
        sql: #"REFRESH MATERIALIZED VIEW "app"."users" WITH NO DATA"#),
    .init(
        change: .createTable(inheritingTable),
        sql: #"CREATE TABLE "app"."users" () INHERITS ("My Schema"."Odd ""Table""") WITH ("fillfactor"='70')"#),

    // MARK: - Data-preserving changes
    .init(change: .setTableSchema(users, schema: "archive"), sql: #"ALTER TABLE "app"."users" SET SCHEMA "archive""#),
    .init(
        change: .convertColumnType(
            users, column: "n", type: "integer", collation: nil, using: "\"n\"::integer", from: "text"),
        sql: #"ALTER TABLE "app"."users" ALTER COLUMN "n" TYPE integer USING "n"::integer"#, hazard: true),
    .init(
        change: .dropColumnLosingValues(users, column: "at", reason: "Postgres has no cast from point to integer"),
        sql: #"ALTER TABLE "app"."users" DROP COLUMN "at""#, destructive: true),
]

@Suite struct ChangeSQLTests {
    @Test(arguments: expectations)
    func changeRendersItsSQLAndFlags(_ expected: ChangeExpectation) {
        #expect(expected.change.sql == expected.sql)
        #expect(expected.change.isDestructive == expected.destructive)
        #expect((expected.change.hazard != nil) == expected.hazard)
        #expect(expected.change.requiresNoTransaction == expected.noTransaction)
        #expect(!expected.change.summary.isEmpty && !expected.change.kind.contains(" "))
    }

    @Test func usingCastOnlyWithoutAnAssignmentCast() {
        #expect(!needsUsingCast(from: "integer", to: "bigint"))
        #expect(!needsUsingCast(from: "character varying(10)", to: "text"))
        #expect(!needsUsingCast(from: "numeric(10,2)", to: "numeric(12,2)"))
        #expect(needsUsingCast(from: "text", to: "integer"))
        #expect(!needsUsingCast(from: "json", to: "jsonb"))
        #expect(needsUsingCast(from: "point", to: "integer"))
        #expect(needsUsingCast(from: "integer", to: "app.status"))
    }
}
