import AppSchema
import DBTestSupport
import Diff
import Introspection
import Postgres
import SchemaDSL
import SchemaLoading
import Testing

import struct Catalog.Catalog

@Suite struct SchemaSourceTests {
    /// Builds a database from the source's own CREATE script and checks that it has no diff against `schema`.
    private func expectRoundTrip(_ source: SchemaSource, label: String) throws {
        let server = try TestCluster.shared().connectionString()
        let loaded = try source.load(on: server)
        let built = try Connection(TestCluster.newDatabase(label))
        try source.apply(to: built)
        let introspected = try introspect(built, schemas: source.schemaNames)
        let forward = diff(from: introspected, to: loaded)
        let backward = diff(from: loaded, to: introspected)
        #expect(forward.isEmpty, "\(forward.map(\.sql))")
        #expect(backward.isEmpty, "\(backward.map(\.sql))")
        #expect(!loaded.tables.isEmpty)
    }

    @Test func exampleSchemaLoadsAndADatabaseBuiltFromItsScriptHasNoDiff() throws {
        try TestCluster.ensureLoginRoles(["app_user"])
        let source = try SchemaSource(AppSchema.self)
        try expectRoundTrip(source, label: "dsl_app_roundtrip")
        let loaded = try source.load(on: TestCluster.shared().connectionString())
        let posts = try #require(loaded.tables["app.posts"])
        #expect(posts.forceRowLevelSecurity)
        #expect(posts.column("status")?.defaultExpression == "'draft'::app.post_status")
        #expect(posts.indexes["posts_live_by_recency"]?.includedColumns == ["title", "status"])
        let report = try #require(loaded.functions.values.first { $0.name.name == "post_counts_by_status" })
        #expect(report.settings == ["statement_timeout=5s"])
        #expect(report.volatility == .stable)
    }

    @Test func everyObjectKindLoadsAndRoundTrips() throws {
        try TestCluster.ensureLoginRoles(["dsl_reader"])
        let events = TableReference("events", schema: "kinds")
        let accounts = TableReference("accounts", schema: "kinds")
        let touch = Function(
            "touch", schema: "kinds", returns: .trigger, language: .plpgsql, body: "BEGIN RETURN NEW; END")
        let desired = try DesiredSchema {
            Schema("kinds").comment("one of everything")
            Role("dsl_reader")
            Extension("pg_trgm")
            Enum("mood", schema: "kinds", labels: "happy", "sad")
            Domain("email", schema: "kinds", .text).check("email_has_at", "VALUE LIKE '%@%'")
            CompositeType("money_amount", schema: "kinds", ["amount": .numeric(12, 2), "currency": .char(3)])
            DatabaseSequence("invoice_numbers", schema: "kinds").start(1000)
            touch
            Function(
                "account_count", schema: "kinds", returns: .type(.bigint), language: .plpgsql,
                body: "BEGIN RETURN (SELECT count(*) FROM kinds.accounts); END"
            )
            .volatility(.stable).set("statement_timeout", to: "2s")
            Function(
                "happy_count", schema: "kinds", returns: .type(.bigint), language: .sql,
                body: "SELECT count(*) FROM kinds.accounts WHERE mood = 'happy'"
            )
            .volatility(.stable)
            Function.procedure("noop", schema: "kinds", parameters: [Parameter("n", .integer)], body: "SELECT n")
            Table(accounts) {
                Column("id", .bigint).identity()
                Column("email", .domain("email", schema: "kinds")).notNull().unique()
                Column("mood", .enum("mood", schema: "kinds")).notNull().default("happy")
                Column("balance", .type("money_amount", schema: "kinds"))
                Column("name", .varchar(80)).notNull().default("it's")
                Column("tags", .array(.text)).notNull().default(.raw("'{}'::text[]"))
                Column("score", .numeric(5, 2)).check("score >= 0")
                Column("name_length", .integer).generated(as: "length(name)")
                Column("during", .tstzrange)
                Column("updated_at", .timestamptz).notNull().default(.now)
                PrimaryKey("id")
                Exclusion("accounts_no_overlap", using: .gist, .column("during", with: "&&"))
                Index("accounts_name_trgm", on: IndexPart.column("name").operatorClass("gin_trgm_ops")).using(.gin)
                Index(
                    "accounts_lower_name", on: .expression("lower((name)::text)"), IndexPart.column("id").descending())
                Trigger("accounts_touch", .before, .update, execute: touch)
                Policy("readers").for(.select).to("dsl_reader").using("mood = 'happy'::kinds.mood")
            }
            .rowLevelSecurity(force: true)
            .comment("accounts")
            Table(events) {
                Column("id", .bigint).notNull()
                Column("account_id", .bigint).references(
                    accounts.id, onDelete: .cascade, deferrable: .initiallyDeferred)
                Column("at", .timestamptz).notNull()
            }
            .partitioned(by: .range("at"))
            Table("events_2026", schema: "kinds").partition(
                of: events, forValues: "FROM ('2026-01-01') TO ('2027-01-01')")
            View("happy_accounts", schema: "kinds", as: "SELECT id, name FROM kinds.accounts WHERE mood = 'happy'")
            View.materialized(
                "account_totals", schema: "kinds", as: "SELECT mood, count(*) AS n FROM kinds.accounts GROUP BY mood"
            )
            .index(Index("account_totals_mood", on: "mood").unique())
        }
        try expectRoundTrip(SchemaSource(desired), label: "dsl_kinds_roundtrip")
    }

    @Test func aRejectedStatementNamesTheDSLObjectAndItsSourceLine() throws {
        let line = #line + 4
        let desired = try DesiredSchema {
            Table("widgets") {
                Column("id", .integer).primaryKey()
                Check("widgets_weight_positive", "weight > 0")
            }
        }
        let server = try TestCluster.shared().connectionString()
        #expect {
            _ = try SchemaSource(desired).load(on: server)
        } throws: { error in
            guard case .statementFailed(_, let object, let location, let postgres) = error as? SchemaLoadError else {
                return false
            }
            return object == "constraint widgets_weight_positive on public.widgets"
                && location == SourceLocation(fileID: "SchemaLoadingTests/SchemaSourceTests.swift", line: line)
                && postgres.sqlState == "42703"
                && "\(error)".contains("declared at SchemaLoadingTests/SchemaSourceTests.swift:\(line)")
        }
    }

    @Test func missingRolesAreReportedBeforeAnythingIsCreated() throws {
        let desired = try DesiredSchema {
            Role("dsl_role_that_does_not_exist")
            Table("t") { Column("id", .integer) }
        }
        let database = try Connection(TestCluster.newDatabase("dsl_missing_role"))
        #expect {
            try SchemaSource(desired).apply(to: database)
        } throws: { error in
            guard case .missingRoles(let roles) = error as? SchemaLoadError else { return false }
            return roles == ["dsl_role_that_does_not_exist"]
                && "\(error)".contains("CREATE ROLE \"dsl_role_that_does_not_exist\";")
        }
        #expect(try database.query("SELECT 1 FROM pg_class WHERE relname = 't'").rows.isEmpty)
    }
}
