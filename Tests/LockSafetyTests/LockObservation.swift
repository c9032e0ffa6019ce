import Foundation
import LockSafety
import Postgres
import SQLSyntax

/// What Postgres really did for one statement: the strongest lock it holds on each relation that existed before,
/// and which tables it scanned or rewrote.
struct ObservedStatement {
    /// By `schema.name`: the strongest mode granted, and `pg_class.relkind`.
    var locks: [String: (mode: LockMode, kind: String)] = [:]
    /// Tables whose storage file changed (`pg_relation_filenode`): rewritten.
    var rewritten: Set<String> = []
    /// Tables read by a sequential scan (`pg_stat_xact_user_tables.seq_scan`).
    var scanned: Set<String> = []

    /// Runs `statement` in an open transaction on `session`, reads `pg_locks` for that backend from `observer`
    /// (whose snapshot cannot see relations the statement creates), then rolls back. `session` must be fresh:
    /// `pg_stat_xact_user_tables` also counts a backend's statistics not yet flushed from earlier transactions.
    static func inTransaction(_ statement: String, session: Connection, observer: Connection) throws
        -> ObservedStatement
    {
        try session.execute("BEGIN")
        defer { _ = try? session.execute("ROLLBACK") }
        let storage = """
            SELECT c.oid::text, n.nspname || '.' || c.relname AS relation, pg_relation_filenode(c.oid)::text AS node
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
            AND n.nspname NOT LIKE 'pg\\_%'
            """
        let before = try session.query(storage).rows
        let nodes = "SELECT c.oid::text, pg_relation_filenode(c.oid)::text AS node FROM pg_class c"
        try session.execute(statement)
        var observed = ObservedStatement()
        let locks = try observer.query(
            """
            SELECT n.nspname || '.' || c.relname AS relation, c.relkind::text AS kind, l.mode
            FROM pg_locks l JOIN pg_class c ON c.oid = l.relation JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE l.pid = $1 AND l.locktype = 'relation' AND l.granted
            AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
            """, [String(session.backendPID)])
        for row in locks.rows {
            guard let mode = LockMode(pgLocksName: row.string("mode")) else { continue }
            let relation = row.string("relation")
            if let known = observed.locks[relation], known.mode >= mode { continue }
            observed.locks[relation] = (mode, row.string("kind"))
        }
        let after = Dictionary(
            uniqueKeysWithValues: try session.query(nodes).rows.map { ($0.string("oid"), $0["node"]) })
        observed.rewritten = Set(before.filter { after[$0.string("oid")] != $0["node"] }.map { $0.string("relation") })
        observed.scanned = Set(
            try session.query(
                "SELECT schemaname || '.' || relname AS relation FROM pg_stat_xact_user_tables WHERE seq_scan > 0"
            ).rows.map { $0.string("relation") })
        return observed
    }

    /// For statements that cannot run in a transaction block: `blocker` holds `table` in `blockingMode`, the
    /// statement runs on its own session, and the mode it waits for on `table` is read from `pg_locks` (`nil` when
    /// it never waited). Returns once the blocker has let go and the statement has finished.
    static func waitingMode(
        _ statement: String, on table: String, blockingMode: LockMode, database: ConnectionString,
        blocker: Connection, observer: Connection
    ) throws -> LockMode? {
        let application = "lock-probe-\(UUID().uuidString.prefix(8))"
        try blocker.execute("BEGIN")
        try blocker.execute("LOCK TABLE \(quoteIdentifier(table)) IN \(blockingMode.sqlName) MODE")
        let run = BackgroundStatement()
        Thread.detachNewThread {
            do {
                let session = try Connection(database, applicationName: application)
                try session.execute(statement)
            } catch {
                run.error = error
            }
            run.finished.signal()
        }
        var mode: LockMode?
        for _ in 0..<200 where mode == nil {
            mode = try observer.query(
                """
                SELECT l.mode FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                WHERE a.application_name = $1 AND l.locktype = 'relation' AND NOT l.granted
                AND l.relation = to_regclass($2)
                """, [application, quoteIdentifier(table)]
            ).rows.first.flatMap { LockMode(pgLocksName: $0.string("mode")) }
            if mode == nil && run.finished.wait(timeout: .now() + .milliseconds(50)) == .success {
                run.finished.signal()
                break
            }
        }
        try blocker.execute("ROLLBACK")
        run.finished.wait()
        if let error = run.error { throw error }
        return mode
    }
}

/// The outcome of a statement run on another thread.
private final class BackgroundStatement: @unchecked Sendable {
    var error: Error?
    let finished = DispatchSemaphore(value: 0)
}
