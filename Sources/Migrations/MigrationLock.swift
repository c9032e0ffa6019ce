import Foundation
import Postgres

/// The concurrency protocol of migrators: a session-level advisory lock serialises them, sessions holding locks
/// on the history table that would make a migrator wait are found (and reported, or terminated) before anything
/// else runs, and `db`'s own statements run under a short `lock_timeout`, so nothing waits silently.
public enum MigrationLock {
    /// The advisory lock key (`pg_advisory_lock(bigint)`); advisory locks are per database.
    public static let key: Int64 = 0x6462_5F6D_6967_7261  // "db_migra"

    /// `lock_timeout` (seconds) for the statements `db` runs for itself: the history reads and writes outside a
    /// migration's own transaction, and creating the history table. Longer than any of them takes, short enough
    /// that a command fails fast instead of waiting silently behind another session.
    public static let bookkeepingLockTimeout: Double = 1

    /// Sessions other than migrators holding (or queued for) a lock on `public.__migrations` that conflicts with
    /// `access`, oldest first. Plain readers (`db status`, `pg_dump`, an open `SELECT`) never conflict.
    public static func historyTableHolders(_ connection: Connection, conflictingWith access: HistoryAccess = .write)
        throws -> [BlockingSession]
    {
        let result = try connection.query(
            """
            WITH locks AS MATERIALIZED (SELECT * FROM pg_locks),
            migrators AS (
                SELECT pid FROM locks
                WHERE locktype = 'advisory' AND granted AND classid = $1::oid AND objid = $2::oid AND objsubid = 1
            )
            SELECT DISTINCT ON (a.pid)
                \(BlockingSession.columns(mode: "l.mode || CASE WHEN l.granted THEN '' ELSE ' (queued)' END"))
            FROM locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'relation' AND l.relation = to_regclass('public.__migrations')
              AND l.mode = ANY ($3::text[])
              AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND l.pid <> pg_backend_pid() AND l.pid NOT IN (SELECT pid FROM migrators)
            ORDER BY a.pid, l.granted DESC, l.mode
            """, keyParts + [access.conflictingModesArray])
        return result.rows.map(BlockingSession.init).sorted { $0.ageSeconds > $1.ageSeconds }
    }

    /// The sessions holding the migration advisory lock (other migrators).
    public static func holders(_ connection: Connection) throws -> [BlockingSession] {
        try connection.query(
            """
            SELECT \(BlockingSession.columns(mode: "'advisory lock'"))
            FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.granted AND l.classid = $1::oid AND l.objid = $2::oid
              AND l.objsubid = 1 AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
            """, keyParts
        ).rows.map(BlockingSession.init)
    }

    /// Fails fast when other sessions hold locks on the history table that a migrator would wait behind. A holder
    /// must still be there after a short recheck, so a passing lock is not mistaken for a blocker.
    /// With `terminateOlderThan`, holders open at least that long are terminated first, each reported.
    public static func checkBlockers(
        _ connection: Connection, terminateOlderThan: Double?, report: (String) -> Void
    ) throws {
        var persistent = try historyTableHolders(connection)
        for _ in 0..<3 where !persistent.isEmpty {
            usleep(150_000)
            let again = Set(try historyTableHolders(connection).map(\.pid))
            persistent = persistent.filter { again.contains($0.pid) }
        }
        guard !persistent.isEmpty else { return }
        if let threshold = terminateOlderThan {
            try terminate(persistent.filter { $0.ageSeconds >= threshold }, connection, report: report)
            persistent = try historyTableHolders(connection)
            guard !persistent.isEmpty else { return }
        }
        throw MigrationError.blocked(persistent, access: .write, terminateHint: terminateOlderThan == nil)
    }

    /// Terminates `sessions` (`pg_terminate_backend`, waiting up to 5 s for each to exit), reporting each.
    static func terminate(_ sessions: [BlockingSession], _ connection: Connection, report: (String) -> Void) throws {
        for session in sessions.sorted(by: { $0.pid < $1.pid }) {
            let done = try connection.query(
                "SELECT pg_terminate_backend($1::int, 5000) AS done", [String(session.pid)]
            ).rows[0].bool("done")
            report("terminated blocking session \(session)\(done ? "" : " (it had not exited after 5s)")")
        }
    }

    /// Runs `body` with the session's `lock_timeout` at `bookkeepingLockTimeout` (reset afterwards). A lock
    /// timeout in it (SQLSTATE 55P03) becomes `.blocked`, naming the sessions whose locks on the history table
    /// conflict with `access`; when there are none to name, the server's error is thrown with a hint.
    public static func failingFast<T>(
        _ connection: Connection, _ access: HistoryAccess, terminateHint: Bool = false, _ body: () throws -> T
    ) throws -> T {
        try connection.execute("SET lock_timeout = \(Int(bookkeepingLockTimeout * 1000))")
        defer { _ = try? connection.execute("RESET lock_timeout") }
        do {
            return try body()
        } catch var error as PostgresError where error.sqlState == "55P03" {
            let holders = (try? historyTableHolders(connection, conflictingWith: access)) ?? []
            if !holders.isEmpty { throw MigrationError.blocked(holders, access: access, terminateHint: terminateHint) }
            error.hint =
                "another session holds a lock that \(HistoryTable.qualifiedName) or its schema needs; look for it in "
                + "pg_locks and pg_stat_activity, end it, and run the command again"
            throw error
        }
    }

    /// Takes the advisory lock, polling until `wait` seconds have passed; then fails naming the holder.
    public static func acquire(_ connection: Connection, wait: Double, report: (String) -> Void) throws {
        if try connection.tryAdvisoryLock(key) { return }
        let holders = (try? holders(connection)) ?? []
        report(
            "waiting up to \(DurationText.render(wait)) for another migrator: \(holders.map(\.description).joined(separator: "; "))"
        )
        let deadline = Date().addingTimeInterval(wait)
        var pause: useconds_t = 20_000
        while Date() < deadline {
            usleep(pause)
            pause = min(pause * 2, 200_000)
            if try connection.tryAdvisoryLock(key) { return }
        }
        throw MigrationError.lockWaitTimedOut(seconds: wait, holders: (try? self.holders(connection)) ?? holders)
    }

    /// Releases the advisory lock (it is also released when the session ends).
    public static func release(_ connection: Connection) {
        _ = try? connection.advisoryUnlock(key)
    }

    /// The key as the (classid, objid) pair `pg_locks` shows for a bigint advisory lock.
    static var keyParts: [String?] {
        let bits = UInt64(bitPattern: key)
        return [String(bits >> 32), String(bits & 0xFFFF_FFFF)]
    }
}
