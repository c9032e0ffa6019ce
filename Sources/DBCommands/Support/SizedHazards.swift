import LockSafety
import Postgres
import SQLSyntax
import Workflow

/// What `db generate --database-url` adds to a generated file's header: each statement that rewrites or scans an
/// existing relation, or holds a lock that blocks traffic on one that holds data, sized against that database
/// ("rewrites app.events (48 M rows, 31 GB, ~6 min under ACCESS EXCLUSIVE)").
enum SizedHazards {
    /// The header lines for `migration`, sized on `connection`; empty when nothing it locks holds data.
    static func lines(for migration: GeneratedMigration, target: String, budget: LockBudget, on connection: Connection)
        throws -> [String]
    {
        let file = PendingFile(
            name: migration.fileName, sql: migration.sql,
            runsInTransaction: !(migration.changes.first?.requiresNoTransaction ?? false))
        let report = try budget.plan([file], on: connection)
        var lines: [String] = []
        for statement in report.statements {
            let sized = statement.locks.filter { $0.rowSource != .new && $0.bytes > 0 && $0.blocks != .nothing }
            for lock in sized {
                let work = lock.effect == .cheap ? "locks" : lock.effect.rawValue
                let held = SizeText.duration(Double(lock.estimatedMilliseconds) / 1000)
                lines.append(
                    "  \(statement.statement): \(work) \(lock.relation) (\(SizeText.rows(lock.rows)), "
                        + "\(SizeText.bytes(lock.bytes)), \(held) under \(lock.mode.sqlName), blocks "
                        + "\(lock.blocks.rawValue))")
            }
            if statement.overBudget {
                lines.append(
                    "    over --max-lock-time: db migrate refuses this file without --allow-long-locks")
            }
        }
        guard !lines.isEmpty else { return [] }
        return ["", "Sized on \(target) (\(report.throughput.source)):"] + lines
    }

    /// `sql` with `lines` added, as comments, at the end of its header (the comment block before the first blank
    /// line).
    static func inserting(_ lines: [String], into sql: String) -> String {
        guard !lines.isEmpty, let end = sql.range(of: "\n\n") else { return sql }
        let comments = lines.map(sqlLineComment).joined(separator: "\n")
        return String(sql[..<end.lowerBound]) + "\n" + comments + String(sql[end.lowerBound...])
    }
}
