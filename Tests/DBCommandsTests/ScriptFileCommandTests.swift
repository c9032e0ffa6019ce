import DBTestSupport
import Foundation
import Postgres
import Testing

/// Nothing passes silently from the command line: a mistyped folder, psql meta-commands, drops in DO blocks,
/// and seed files with COPY data.
@Suite struct ScriptFileCommandTests {
    @Test func aMigrationsDirectoryThatDoesNotExistExitsTwo() throws {
        let target = try TestCluster.newDatabase("nodir")
        let folder = try TemporaryDirectory("nodir")
        for command in [["migrate"], ["migrate", "--dry-run"], ["status"]] {
            let outcome = try DBBinary.run(
                command + ["--database-url", target.raw, "--migrations-dir", folder.path + "/migratons"])
            #expect(outcome.exitCode == 2, "\(command): \(outcome.stdout)")
            #expect(outcome.stderr.contains("the migrations directory \(folder.path)/migratons does not exist"))
        }
    }

    @Test func aMetaCommandIsNamedWithItsFileAndLine() throws {
        let target = try TestCluster.newDatabase("meta")
        let folder = try TemporaryDirectory("meta")
        try folder.write("20260101000000_vars.sql", "CREATE TABLE a (id int);\n\\set ON_ERROR_STOP on\n")
        let outcome = try DBBinary.run(["migrate", "--database-url", target.raw, "--migrations-dir", folder.path])
        #expect(outcome.exitCode == 2)
        #expect(
            outcome.stderr.contains(
                "20260101000000_vars.sql:2: psql meta-command \\set is not SQL: db runs files as plain SQL"))
    }

    @Test func aDropInADoBlockIsRefusedAndPrintedOnce() throws {
        let target = try TestCluster.newDatabase("dodrop")
        let folder = try TemporaryDirectory("dodrop")
        try folder.write("20260101000000_junk.sql", "CREATE TABLE junk (id int);")
        try folder.write("20260101000001_cleanup.sql", "DO $$ BEGIN DROP TABLE junk; END $$;")
        let arguments = ["--database-url", target.raw, "--migrations-dir", folder.path]
        for command in [["migrate"], ["migrate", "--dry-run"]] {
            let outcome = try DBBinary.run(command + arguments)
            #expect(outcome.exitCode == 1)
            let finding =
                "20260101000001_cleanup.sql:1: DROP TABLE public.junk (in the DO block at line 1): DROP TABLE junk"
            #expect((outcome.stdout + outcome.stderr).components(separatedBy: finding).count == 2, "\(command)")
        }
        let allowed = try DBBinary.run(["migrate", "--allow-destructive"] + arguments)
        #expect(allowed.exitCode == 0, "\(allowed.stderr)")
    }

    @Test func seedLoadsCopyDataAndLocatesAFailingRow() throws {
        let target = try TestCluster.newDatabase("seedcopy")
        let folder = try TemporaryDirectory("seedcopy")
        try folder.write("migrations/20260101000000_people.sql", "CREATE TABLE people (id int, name text);")
        let seed = try folder.write(
            "seed.sql", "COPY people (id, name) FROM stdin;\n1\tAda\n2\tGrace\n\\.\nSELECT 1;\n")
        let arguments = ["--database-url", target.raw]
        #expect(
            try DBBinary.run(["migrate", "--migrations-dir", folder.path + "/migrations"] + arguments).exitCode == 0)
        let seeded = try DBBinary.run(["seed", "--seed-file", seed.path] + arguments)
        #expect(seeded.exitCode == 0, "\(seeded.stderr)")
        let connection = try Connection(target)
        #expect(
            try connection.execute("SELECT string_agg(name, ',' ORDER BY id) FROM people").rows[0].values == [
                "Ada,Grace"
            ])
        try folder.write("bad.sql", "COPY people (id, name) FROM stdin;\n3\tEdsger\nfour\tBarbara\n\\.\n")
        let failed = try DBBinary.run(["seed", "--seed-file", folder.path + "/bad.sql"] + arguments)
        #expect(failed.exitCode == 2)
        #expect(failed.stderr.contains("seed file \(folder.path)/bad.sql failed at line 3 (SQLSTATE 22P02)"))
        #expect(try connection.execute("SELECT count(*) FROM people").rows[0].values == ["2"])
    }
}
