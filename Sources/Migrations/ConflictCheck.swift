import Foundation
import LockSafety
import Postgres
import SQLSyntax

/// Before a migration file runs: the table locks its statements will take (the lock table of `LockSafety`, names
/// and partitions resolved by `CatalogRefinement`), compared with the granted locks of other sessions in one
/// `pg_locks` query. A conflicting holder that is still there after a short recheck fails the file before anything
/// from it is sent, instead of letting it queue (and every later request for the table queue behind it).
struct ConflictCheck {
    let connection: Connection
    let options: MigrateOptions
    let report: (String) -> Void

    /// Rechecks before a conflict counts, and the pause between them: a lock held for an instant by a short
    /// transaction is gone by then.
    static let rechecks = 3
    static let recheckPause: useconds_t = 150_000

    /// The locks the top-level statements of `script` take on relations that exist now (statements the parse tree
    /// cannot show the locks of, such as `DO` blocks, add none; the lock timeout still bounds them).
    func wantedLocks(_ script: SQLScript, fileName: String) throws -> [WantedLock] {
        let statements = (try? SQLParser.parse(script.parseText)) ?? []
        let refinement = CatalogRefinement(connection)
        var seen: Set<LockPrediction> = []
        var wanted: [WantedLock] = []
        for statement in statements {
            for var prediction in predictLocks(statement.node) {
                prediction.question = nil  // the effect does not matter here, so no type-change probe runs
                guard seen.insert(prediction).inserted else { continue }
                for refined in try refinement.refine([prediction]) {
                    guard case .relation(let name) = refined.target, name.schema != nil else { continue }
                    wanted.append(
                        WantedLock(
                            relation: name, mode: refined.mode, fileName: fileName, line: statement.line,
                            reason: refined.reason))
                }
            }
        }
        return wanted
    }

    /// Fails (`MigrationError.conflictingLocks`) while other sessions hold granted locks that conflict with `wanted`
    /// after the recheck; first terminates those open longer than `terminateBlockersOlderThan` (each reported), then
    /// waits up to `waitForConflictingLocks` for the rest, polling without queueing.
    func ensureNoConflicts(_ wanted: [WantedLock]) throws {
        guard !wanted.isEmpty else { return }
        var conflicts = try persistentConflicts(wanted)
        guard !conflicts.isEmpty else { return }
        if let threshold = options.terminateBlockersOlderThan {
            let old = conflicts.map(\.holder).filter { $0.ageSeconds >= threshold }
            if !old.isEmpty {
                try MigrationLock.terminate(Array(Set(old)), connection, report: report)
                conflicts = try persistentConflicts(wanted)
            }
        }
        if !conflicts.isEmpty, options.waitForConflictingLocks > 0 {
            report(
                "waiting up to \(DurationText.render(options.waitForConflictingLocks)) for sessions holding "
                    + "conflicting locks: \(Set(conflicts.map(\.holder.pid)).sorted().map { "pid \($0)" }.joined(separator: ", "))"
            )
            let deadline = Date().addingTimeInterval(options.waitForConflictingLocks)
            while !conflicts.isEmpty, Date() < deadline {
                usleep(200_000)
                conflicts = try currentConflicts(wanted)
            }
        }
        guard conflicts.isEmpty else {
            throw MigrationError.conflictingLocks(
                conflicts, waited: options.waitForConflictingLocks,
                terminateHint: options.terminateBlockersOlderThan == nil)
        }
    }

    /// The conflicts present in every one of `rechecks` further samples, by holder transaction.
    private func persistentConflicts(_ wanted: [WantedLock]) throws -> [LockConflict] {
        var persistent = try currentConflicts(wanted)
        for _ in 0..<Self.rechecks where !persistent.isEmpty {
            usleep(Self.recheckPause)
            let again = Set(try currentConflicts(wanted).map(Self.identity))
            persistent = persistent.filter { again.contains(Self.identity($0)) }
        }
        return persistent
    }

    private static func identity(_ conflict: LockConflict) -> String {
        "\(conflict.holder.pid) \(conflict.transactionStart) \(conflict.relation) \(conflict.holder.mode)"
    }

    /// One query: the granted locks of sessions other than this one and other migrators that conflict with a lock
    /// in `wanted`, each with the strongest wanted lock it conflicts with.
    private func currentConflicts(_ wanted: [WantedLock]) throws -> [LockConflict] {
        struct Pair: Encodable, Hashable {
            let relation: String
            let mode: String
        }
        var pairs: Set<Pair> = []
        for lock in wanted {
            for held in LockMode.allCases where held.conflicts(with: lock.mode) {
                pairs.insert(Pair(relation: Self.regclassText(lock.relation), mode: held.pgLocksName))
            }
        }
        let json = String(decoding: try JSONEncoder().encode(Array(pairs)), as: UTF8.self)
        let rows = try connection.query(
            """
            WITH wanted AS (
                SELECT to_regclass(w.relation) AS relid, w.mode
                FROM jsonb_to_recordset($1::jsonb) AS w(relation text, mode text)
            ),
            locks AS MATERIALIZED (
                SELECT * FROM pg_locks
                WHERE granted AND locktype IN ('relation', 'advisory')
                  AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
            ),
            migrators AS (
                SELECT pid FROM locks
                WHERE locktype = 'advisory' AND classid = $2::oid AND objid = $3::oid AND objsubid = 1
            )
            SELECT DISTINCT ON (l.pid, l.relation, l.mode)
                n.nspname, c.relname, coalesce(a.xact_start::text, '') AS transaction_start,
                \(BlockingSession.columns(mode: "l.mode"))
            FROM wanted w
            JOIN locks l ON l.locktype = 'relation' AND l.relation = w.relid AND l.mode = w.mode
            JOIN pg_class c ON c.oid = l.relation
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.pid <> pg_backend_pid() AND l.pid NOT IN (SELECT pid FROM migrators)
            ORDER BY l.pid, l.relation, l.mode
            """, [json] + MigrationLock.keyParts
        ).rows
        return rows.compactMap { row in
            let relation = RelationName(schema: row.string("nspname"), row.string("relname"))
            let holder = BlockingSession(row)
            guard let held = LockMode(pgLocksName: holder.mode),
                let strongest = wanted.filter({ $0.relation == relation && $0.mode.conflicts(with: held) })
                    .max(by: { $0.mode < $1.mode })
            else { return nil }
            return LockConflict(
                relation: relation.description, wantedMode: strongest.mode.sqlName, fileName: strongest.fileName,
                line: strongest.line, reason: strongest.reason, holder: holder,
                transactionStart: row.string("transaction_start"))
        }
    }

    /// `"schema"."name"`, as `to_regclass` reads it.
    private static func regclassText(_ name: RelationName) -> String {
        (name.schema.map { quoteIdentifier($0) + "." } ?? "") + quoteIdentifier(name.name)
    }
}
