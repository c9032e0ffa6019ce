import DBTestSupport
import Foundation
import Migrations
import Postgres
import Testing

@Suite struct GateTests {
    @Test func changedChecksumIsRefused() throws {
        let fixture = try MigrationFixture("tamper")
        try fixture.add("20260101000000", "create_a", "CREATE TABLE a (id int);")
        try fixture.migrator().migrate()
        try fixture.add("20260101000000", "create_a", "CREATE TABLE a (id bigint);")
        try fixture.add("20260102000000", "create_b", "CREATE TABLE b (id int);")
        let refusal = #expect(throws: GateRefusal.self) { try fixture.migrator().migrate() }
        #expect(refusal?.findings.first?.contains("20260101000000_create_a.sql was changed") == true)
        #expect(try fixture.historyVersions() == ["20260101000000"])
        #expect(try fixture.migrator().status().problems.map(\.kind) == ["checksum_mismatch"])
    }

    /// libpg_query's tree of a long sum nests deeper than JSONDecoder's 512 levels, which made the gate call the
    /// file's parse tree unreadable (exit 2) before it was decoded by `ParseTreeJSON`.
    @Test func deeplyNestedExpressionPassesTheGatesAndApplies() throws {
        let fixture = try MigrationFixture("deep")
        let sum = Array(repeating: "1", count: 400).joined(separator: " + ")
        try fixture.add("20260101000000", "create_d", "CREATE TABLE d (x int CHECK (x < \(sum)));")
        #expect(try fixture.migrator().plan().refusals.isEmpty)
        #expect(try fixture.migrator().migrate().map(\.version) == ["20260101000000"])
        #expect(try fixture.scalar("SELECT count(*) FROM pg_constraint WHERE conrelid = 'd'::regclass") == "1")
    }

    @Test func missingAppliedFileIsRefused() throws {
        let fixture = try MigrationFixture("missing")
        try fixture.add("20260101000000", "create_a", "CREATE TABLE a (id int);")
        try fixture.migrator().migrate()
        try fixture.folder.remove("20260101000000_create_a.sql")
        try fixture.add("20260102000000", "create_b", "CREATE TABLE b (id int);")
        let refusal = #expect(throws: GateRefusal.self) { try fixture.migrator().migrate() }
        #expect(refusal?.findings.first?.contains("missing from the migrations directory") == true)
        #expect(try fixture.scalar("SELECT to_regclass('b') IS NULL") == "t")
    }

    @Test func outOfOrderFileIsRefusedUnlessAllowed() throws {
        let fixture = try MigrationFixture("order")
        try fixture.add("20260102000000", "create_b", "CREATE TABLE b (id int);")
        try fixture.migrator().migrate()
        try fixture.add("20260101000000", "create_a", "CREATE TABLE a (id int);")
        let refusal = #expect(throws: GateRefusal.self) { try fixture.migrator().migrate() }
        #expect(refusal?.findings.first?.contains("--allow-out-of-order") == true)
        var options = MigrateOptions()
        options.allowOutOfOrder = true
        #expect(try fixture.migrator(options).migrate().map(\.version) == ["20260101000000"])
    }

    @Test func destructiveStatementIsRefusedWithFileAndLineUnlessAllowed() throws {
        let fixture = try MigrationFixture("destructive")
        try fixture.add("20260101000000", "create_a", "CREATE TABLE a (id int);")
        try fixture.add("20260102000000", "drop_a", "-- goodbye\nSELECT 1;\nDROP TABLE a;\n")
        let refusal = #expect(throws: GateRefusal.self) { try fixture.migrator().migrate() }
        #expect(
            refusal?.findings == [
                "20260102000000_drop_a.sql:3: DROP TABLE public.a: DROP TABLE a (destructive; pass --allow-destructive to apply it)"
            ])
        #expect(try fixture.historyVersions().isEmpty)
        var options = MigrateOptions()
        options.allowDestructive = true
        #expect(try fixture.migrator(options).migrate().count == 2)
    }

    @Test func dropInsideFunctionBodyOrCommentIsNotDestructive() throws {
        let fixture = try MigrationFixture("notdestructive")
        try fixture.add(
            "20260101000000", "function",
            """
            -- DROP TABLE users;
            /* TRUNCATE everything; */
            CREATE TABLE users (id int);
            CREATE FUNCTION cleanup() RETURNS void LANGUAGE plpgsql AS $$
            BEGIN
                DROP TABLE IF EXISTS scratch;
                DELETE FROM users;
            END
            $$;
            SELECT 'DROP TABLE users';
            DELETE FROM users WHERE id = 1;
            """)
        #expect(try fixture.migrator().migrate().count == 1)
    }

    @Test func dryRunPlansWithoutTouchingTheDatabase() throws {
        let fixture = try MigrationFixture("dryrun")
        try fixture.add("20260101000000", "create_a", "CREATE TABLE a (id int);")
        try fixture.add("20260102000000", "truncate_a", "TRUNCATE a;")
        let plan = try fixture.migrator().plan()
        #expect(plan.status.pending.count == 2)
        #expect(plan.destructive.map(\.reason) == ["TRUNCATE public.a"])
        #expect(plan.refusals.count == 1)
        #expect(try fixture.scalar("SELECT to_regclass('public.__migrations') IS NULL") == "t")
    }

    /// The plan's pending files carry the directory's parses, so lint of the same files (`db migrate`) reuses them.
    @Test func planSharesEachPendingFilesParseWithTheLoadedFiles() throws {
        let fixture = try MigrationFixture("sharedparse")
        try fixture.add("20260101000000", "create_a", "CREATE TABLE a (id int);")
        try fixture.add("20260102000000", "drop_a", "DROP TABLE a;")
        let migrator = try fixture.migrator()
        let plan = try migrator.plan()
        #expect(plan.destructive.map(\.reason) == ["DROP TABLE public.a"])
        #expect(plan.status.pending.count == 2)
        for (pending, loaded) in zip(plan.status.pending, migrator.files) { #expect(pending.parse === loaded.parse) }
    }
}
