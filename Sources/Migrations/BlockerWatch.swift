import Foundation
import Postgres

/// Watches, from a second connection, which sessions block the migrator's session (`pg_blocking_pids`), so a
/// lock timeout can name the blocking pid. Samples every `interval` seconds on its own thread until `stop()` (or
/// until it is dropped), which wakes the thread and returns once it has closed its connection and exited.
final class BlockerWatch {
    private let samples = Samples()
    private let thread: OwnedThread

    init(target: ConnectionString, watchedPID: Int32, interval: Double) throws {
        thread = try OwnedThread { [samples] in
            guard let connection = try? Connection(target, applicationName: "db migrate (lock watch)") else { return }
            while samples.pause(interval) {
                let sessions =
                    (try? connection.query(
                        """
                        SELECT \(BlockingSession.columns(mode: "''"))
                        FROM pg_stat_activity a WHERE a.pid = ANY (pg_blocking_pids($1::int))
                        """, [String(watchedPID)]
                    ).rows.map(BlockingSession.init)) ?? []
                if !sessions.isEmpty { samples.record(sessions) }
            }
        }
    }

    deinit { stop() }

    /// The blockers seen within the last `seconds`.
    func blockers(seenWithin seconds: Double) -> [BlockingSession] { samples.latest(within: seconds) }

    /// Ends the watch; returns once its thread has closed its connection and exited.
    func stop() {
        samples.stop()
        thread.join()
    }

    /// What the watch thread shares with its owner, under one lock.
    private final class Samples: @unchecked Sendable {
        private let state = NSCondition()
        private var sessions: [BlockingSession] = []
        private var seenAt = Date.distantPast
        private var stopped = false

        /// Waits `seconds` or until stopped; false once stopped.
        func pause(_ seconds: Double) -> Bool {
            state.withLock {
                let deadline = Date().addingTimeInterval(seconds)
                while !stopped && state.wait(until: deadline) {}
                return !stopped
            }
        }

        func record(_ seen: [BlockingSession]) {
            state.withLock {
                sessions = seen
                seenAt = Date()
            }
        }

        func latest(within seconds: Double) -> [BlockingSession] {
            state.withLock { Date().timeIntervalSince(seenAt) <= seconds ? sessions : [] }
        }

        func stop() {
            state.withLock {
                stopped = true
                state.broadcast()
            }
        }
    }
}
