import Foundation
import Postgres

/// Watches, from a second connection, which sessions block the migrator's session (`pg_blocking_pids`), so a
/// lock timeout can name the blocking pid. Samples every `interval` seconds until stopped.
final class BlockerWatch: @unchecked Sendable {
    private let lock = NSLock()
    private var latest: [BlockingSession] = []
    private var seenAt = Date.distantPast
    private var stopped = false

    init(target: ConnectionString, watchedPID: Int32, interval: Double) {
        Thread.detachNewThread { [self] in
            guard let connection = try? Connection(target, applicationName: "db migrate (lock watch)") else { return }
            while !lock.withLock({ stopped }) {
                usleep(useconds_t(interval * 1_000_000))
                let sessions =
                    (try? connection.query(
                        """
                        SELECT \(BlockingSession.columns(mode: "''"))
                        FROM pg_stat_activity a WHERE a.pid = ANY (pg_blocking_pids($1::int))
                        """, [String(watchedPID)]
                    ).rows.map(BlockingSession.init)) ?? []
                if !sessions.isEmpty {
                    lock.withLock {
                        latest = sessions
                        seenAt = Date()
                    }
                }
            }
        }
    }

    /// The blockers seen within the last `seconds`.
    func blockers(seenWithin seconds: Double) -> [BlockingSession] {
        lock.withLock { Date().timeIntervalSince(seenAt) <= seconds ? latest : [] }
    }

    func stop() { lock.withLock { stopped = true } }
}
