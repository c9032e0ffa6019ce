import Postgres

/// Whether the migrator's connection keeps one server session. A transaction- or statement-mode pooler (PgBouncer)
/// hands each transaction to whichever server connection is free, so the session-level advisory lock would stay on
/// one server connection while the run's statements go to others; `db migrate` refuses such a connection.
///
/// A pooler answers `SHOW pool_mode` only on its admin console, so the check looks at server sessions instead.
enum SessionPinning {
    /// The server pid of `connection`'s session (`pg_backend_pid()`, which a pooler does not fake the way it fakes
    /// the pid libpq is told at connect time). Before the migration lock is taken, a second connection to the same
    /// target must get a server session of its own (a pooler hands it the idle one the first just used), and the
    /// first must still be on its session afterwards.
    static func serverPID(of connection: Connection) throws -> Int {
        let first = try backendPID(connection)
        let probe = try Connection(connection.target, applicationName: "db migrate (session check)")
        let other = try backendPID(probe)
        guard other != first else {
            throw MigrationError.sessionNotPinned(
                evidence: "a second connection to the same target was served by the same server session (pid \(first))",
                strandedLockPID: nil)
        }
        let again = try backendPID(connection)
        guard again == first else {
            throw MigrationError.sessionNotPinned(
                evidence: "its server session changed from pid \(first) to pid \(again) between two statements",
                strandedLockPID: nil)
        }
        return first
    }

    /// After the migration lock was taken: the server session serving `connection` now is `serverPID` and holds it.
    static func verifyHoldsLock(_ connection: Connection, serverPID: Int) throws {
        let row = try connection.query(
            """
            SELECT pg_backend_pid() AS pid, EXISTS (
                SELECT 1 FROM pg_locks
                WHERE locktype = 'advisory' AND granted AND pid = pg_backend_pid()
                  AND classid = $1::oid AND objid = $2::oid AND objsubid = 1
            ) AS holds
            """, MigrationLock.keyParts
        ).rows[0]
        guard row.int("pid") == serverPID, row.bool("holds") else {
            throw MigrationError.sessionNotPinned(
                evidence: "the migration lock it took in server session pid \(serverPID) is not held by the session "
                    + "serving it now (pid \(row.int("pid")))",
                strandedLockPID: serverPID)
        }
    }

    private static func backendPID(_ connection: Connection) throws -> Int {
        try connection.query("SELECT pg_backend_pid() AS pid").rows[0].int("pid")
    }
}
