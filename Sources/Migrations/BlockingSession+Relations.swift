import Postgres

extension BlockingSession {
    /// Other sessions holding a lock on a relation of this database (what a `DROP SCHEMA … CASCADE` of every user
    /// schema waits behind), oldest first, one per session with its strongest mode.
    public static func relationLockHolders(_ connection: Connection) throws -> [BlockingSession] {
        try connection.query(
            """
            SELECT DISTINCT ON (a.pid) \(columns(mode: "l.mode"))
            FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'relation' AND l.granted AND l.pid <> pg_backend_pid()
              AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
            ORDER BY a.pid, l.mode DESC
            """
        ).rows.map(BlockingSession.init).sorted { $0.ageSeconds > $1.ageSeconds }
    }
}
