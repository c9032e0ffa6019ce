import Foundation
import SQLSyntax

/// Drops the scratch databases a killed run (`kill -9`, a crash) left on a server, but only those that are provably
/// abandoned: nobody is connected, and either their creator ran on this host and its process is gone, or they are
/// older than an hour. A database another live run uses is never dropped: it has a connection (the plain `DROP`
/// fails when one appears after the check) or its creator process still exists.
///
/// Names without creator information (the older `db_scratch_<12 hex>` form) are left alone: their age is unknown.
enum AbandonedScratchDatabases {
    /// A leftover older than this is abandoned whoever made it.
    static let maximumAge: TimeInterval = 3600

    private static let lock = NSLock()
    nonisolated(unsafe) private static var cleanedServers: Set<String> = []

    /// Runs `drop(using:)` the first time this process creates a scratch database on `admin`'s server.
    static func dropOnce(using admin: Connection) {
        let first = lock.withLock { cleanedServers.insert(admin.target.raw).inserted }
        if first { drop(using: admin) }
    }

    /// Drops every abandoned scratch database on `admin`'s server. Databases it may not drop (another owner, a
    /// connection that just appeared) are skipped.
    static func drop(using admin: Connection, now: Date = Date()) {
        let unconnected = """
            SELECT d.datname FROM pg_database d
            WHERE starts_with(d.datname, $1)
              AND NOT EXISTS (SELECT FROM pg_stat_activity a WHERE a.datid = d.oid)
            ORDER BY d.datname
            """
        guard let rows = try? admin.query(unconnected, [ScratchDatabase.prefix]).rows else { return }
        for name in rows.map({ $0.string("datname") }) {
            guard let parsed = ScratchDatabaseName(parsing: name), isAbandoned(parsed, now: now) else { continue }
            _ = try? admin.execute("DROP DATABASE IF EXISTS \(quoteIdentifier(name))")
        }
    }

    /// The decision for a database nobody is connected to.
    static func isAbandoned(
        _ name: ScratchDatabaseName, now: Date, processExists: (Int32) -> Bool = processExists
    ) -> Bool {
        if now.timeIntervalSince1970 - TimeInterval(name.createdAt) > maximumAge { return true }
        return name.hostTag == ScratchDatabaseName.localHostTag && !processExists(name.creatorPID)
    }

    /// `kill(pid, 0)`: the process exists unless the answer is "no such process".
    static func processExists(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno != ESRCH
    }
}
