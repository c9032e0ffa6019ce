import Foundation

/// Runs work that a lock timeout (SQLSTATE 55P03) may roll back, again after a growing pause, up to `retries`
/// times; each retry is reported with the sessions that blocked the attempt. The work must leave nothing behind
/// when it fails that way (a file's transaction, one autocommit statement).
struct LockRetry {
    let retries: Int
    let report: (String) -> Void

    /// The pause before retry `number` (1-based): 0.5 s, 1 s, 2 s, 4 s, then 5 s.
    static func delay(beforeRetry number: Int) -> Double { min(0.5 * pow(2, Double(number - 1)), 5) }

    /// `body`'s result; a `MigrationFailure` with SQLSTATE 55P03 is retried while retries are left, then thrown
    /// with the number of attempts. `what` names the work in reports.
    func run<T>(_ what: String, _ body: () throws -> T) throws -> T {
        var attempt = 1
        while true {
            do {
                return try body()
            } catch var failure as MigrationFailure where failure.error.sqlState == "55P03" {
                failure.attempts = max(failure.attempts, attempt)
                guard attempt <= retries else { throw failure }
                let pause = Self.delay(beforeRetry: attempt)
                let blockers =
                    failure.blockers.isEmpty
                    ? "the blocking session was not seen (it had ended, or blocked for less than a sample)"
                    : "blocked by " + failure.blockers.map(\.description).joined(separator: "; ")
                report(
                    "  \(what): lock timeout (attempt \(attempt) of \(retries + 1)), \(blockers); "
                        + "rolled back, retrying in \(DurationText.render(pause))")
                usleep(useconds_t(pause * 1_000_000))
                attempt += 1
            }
        }
    }
}
