import Postgres

/// Another server session, as shown when it blocks a migration: who it is and since when.
public struct BlockingSession: Sendable, Hashable, CustomStringConvertible, Codable {
    public let pid: Int
    public let applicationName: String
    /// `active`, `idle in transaction`, …
    public let state: String
    /// When its current (or last) query started, ISO 8601 UTC.
    public let queryStart: String
    /// How long its transaction (or, outside one, its query) has been open.
    public let ageSeconds: Double
    /// The lock it holds, e.g. `AccessShareLock`; empty when not known.
    public let mode: String
    /// Its current or last query, shortened.
    public let query: String

    public var description: String {
        let application = applicationName.isEmpty ? "(no application_name)" : "application_name '\(applicationName)'"
        let lock = mode.isEmpty ? "" : ", holds \(mode)"
        return "pid \(pid), \(application), state '\(state)', query started \(queryStart) "
            + "(open \(DurationText.render(ageSeconds))\(lock)): \(query)"
    }

    /// Columns the queries below select, from `pg_stat_activity a` (and a lock mode expression).
    static func columns(mode: String) -> String {
        """
        a.pid, coalesce(a.application_name, '') AS application_name, coalesce(a.state, '') AS state,
        coalesce(to_char(a.query_start AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), '') AS query_start,
        extract(epoch FROM now() - coalesce(a.xact_start, a.query_start, a.backend_start))::float8 AS age_seconds,
        \(mode) AS mode, left(regexp_replace(coalesce(a.query, ''), '\\s+', ' ', 'g'), 120) AS query
        """
    }

    init(_ row: Row) {
        pid = row.int("pid")
        applicationName = row.string("application_name")
        state = row.string("state")
        queryStart = row.string("query_start")
        ageSeconds = Double(row.string("age_seconds")) ?? 0
        mode = row.string("mode")
        query = row.string("query")
    }
}
