import DBTestSupport
import Foundation
import Postgres
import Testing

/// `db migrate` through a real PgBouncer: a transaction- or statement-mode pool cannot keep the session-level
/// migration lock, so it is refused with nothing applied and no lock left behind; a session-mode pool works.
@Suite struct PoolerCommandTests {
    @Test(arguments: [PgBouncer.PoolMode.transaction, .statement])
    func migrateRefusesAPoolThatDoesNotKeepItsSession(mode: PgBouncer.PoolMode) throws {
        let direct = try TestCluster.newDatabase("pooled")
        let bouncer = try PgBouncer(mode: mode)
        let folder = try TemporaryDirectory("pooled")
        try folder.write("20260101000000_create_a.sql", "CREATE TABLE a (id int);")
        let outcome = try DBBinary.run([
            "migrate", "--database-url", bouncer.connectionString(database: direct.database ?? "").raw,
            "--migrations-dir", folder.path,
        ])
        #expect(outcome.exitCode == 2, "\(outcome.stdout)\n\(outcome.stderr)")
        #expect(outcome.stderr.contains("db migrate needs one server session for its whole run"), "\(outcome.stderr)")
        #expect(outcome.stderr.contains("was served by the same server session"))
        #expect(outcome.stderr.contains("through a session-mode pool"))
        let server = try Connection(direct)
        #expect(try server.execute("SELECT to_regclass('public.__migrations') IS NULL AS none").rows[0].bool("none"))
        #expect(try server.execute("SELECT to_regclass('a') IS NULL AS none").rows[0].bool("none"))
        let locks = try server.execute(
            "SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' "
                + "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")
        #expect(locks.rows[0].int("n") == 0, "no migration lock is left on a pooled server connection")
    }

    @Test func migrateWorksThroughASessionModePool() throws {
        let direct = try TestCluster.newDatabase("sessionpool")
        let bouncer = try PgBouncer(mode: .session)
        let folder = try TemporaryDirectory("sessionpool")
        try folder.write("20260101000000_create_a.sql", "CREATE TABLE a (id int);")
        let outcome = try DBBinary.run([
            "migrate", "--database-url", bouncer.connectionString(database: direct.database ?? "").raw,
            "--migrations-dir", folder.path,
        ])
        #expect(outcome.exitCode == 0, "\(outcome.stdout)\n\(outcome.stderr)")
        #expect(outcome.stdout.contains("applied 1 migration"))
        #expect(try Connection(direct).execute("SELECT to_regclass('a') IS NOT NULL AS ok").rows[0].bool("ok"))
    }
}
