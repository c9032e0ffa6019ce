import DBTestSupport
import Foundation
import Migrations
import Testing

/// The destructive gate sees what runs at migrate time: DO blocks, functions the pending files call, and data
/// losses that are not drops.
@Suite struct BodyGateTests {
    private func refusal(_ files: [(String, String)]) throws -> GateRefusal? {
        let fixture = try MigrationFixture("bodygate")
        for (index, (name, sql)) in files.enumerated() {
            try fixture.add("2026010100000\(index)", name, sql)
        }
        let refusal = #expect(throws: GateRefusal.self) { try fixture.migrator().migrate() }
        #expect(try fixture.historyVersions().isEmpty)
        return refusal
    }

    @Test func aDropInsideADoBlockIsRefusedOnceWithItsLine() throws {
        let refusal = try refusal([
            ("create", "CREATE TABLE junk (id int);"),
            ("cleanup", "SELECT 1;\nDO $$\nBEGIN\n  DROP TABLE junk;\nEND $$;\n"),
        ])
        #expect(
            refusal?.findings == [
                "20260101000001_cleanup.sql:4: DROP TABLE public.junk (in the DO block at line 2): DROP TABLE junk "
                    + "(destructive; pass --allow-destructive to apply it)"
            ])
    }

    @Test func aComputedExecuteInADoBlockCannotBeCheckedAndIsRefused() throws {
        let refusal = try refusal([
            ("loop", "DO $$ BEGIN EXECUTE format('DROP TABLE %I', 'junk'); END $$;")
        ])
        #expect(refusal?.findings.count == 1)
        #expect(refusal?.findings.first?.contains("EXECUTE of a string computed at run time cannot be checked") == true)
    }

    @Test func aFunctionCreatedAndCalledByThePendingFilesIsChecked() throws {
        let refusal = try refusal([
            ("create", "CREATE TABLE logs (id int);"),
            (
                "purge",
                """
                CREATE FUNCTION app_purge() RETURNS void LANGUAGE plpgsql AS $$
                BEGIN
                  DELETE FROM logs;
                END $$;
                SELECT app_purge();
                """
            ),
        ])
        #expect(
            refusal?.findings == [
                "20260101000001_purge.sql:3: DELETE without WHERE from public.logs (in function public.app_purge, "
                    + "called at 20260101000001_purge.sql:5): DELETE FROM logs "
                    + "(destructive; pass --allow-destructive to apply it)"
            ])
    }

    @Test func aProcedureCreatedAndCalledByThePendingFilesIsChecked() throws {
        let refusal = try refusal([
            ("create", "CREATE TABLE logs (id int);"),
            (
                "purge",
                "CREATE PROCEDURE purge_logs() LANGUAGE plpgsql AS $$ BEGIN DELETE FROM logs; END $$;\n"
                    + "CALL purge_logs();"
            ),
        ])
        #expect(
            refusal?.findings == [
                "20260101000001_purge.sql:1: DELETE without WHERE from public.logs (in function public.purge_logs, "
                    + "called at 20260101000001_purge.sql:2): DELETE FROM logs "
                    + "(destructive; pass --allow-destructive to apply it)"
            ])
    }

    @Test func overwritingOldDataIsRefusedButABackfillIsNot() throws {
        let old = try MigrationFixture("overwrite")
        try old.add("20260101000000", "create", "CREATE TABLE users (id int, email text, age text);")
        try old.migrator().migrate()
        try old.add(
            "20260101000001", "retype",
            "ALTER TABLE users ALTER COLUMN age TYPE int USING NULL;\nUPDATE users SET email = '';")
        let refusal = #expect(throws: GateRefusal.self) { try old.migrator().migrate() }
        #expect(refusal?.findings.count == 2)
        #expect(refusal?.findings.first?.hasPrefix("20260101000001_retype.sql:1: ALTER TABLE public.users") == true)
        #expect(
            refusal?.findings.last?.hasPrefix(
                "20260101000001_retype.sql:2: UPDATE without WHERE overwrites public.users.email") == true)

        let fixture = try MigrationFixture("backfill")
        try fixture.add("20260101000000", "create", "CREATE TABLE users (id int);\nINSERT INTO users VALUES (1);")
        try fixture.add("20260101000001", "add", "ALTER TABLE users ADD COLUMN nickname text;")
        try fixture.add(
            "20260101000002", "fill",
            "UPDATE users SET nickname = 'n';\nDO $$ BEGIN UPDATE users SET nickname = 'm'; END $$;")
        #expect(try fixture.migrator().migrate().count == 3)
        #expect(try fixture.scalar("SELECT nickname FROM users") == "m")
    }
}
