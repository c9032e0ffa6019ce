import Foundation
import Diff
import Postgres
import SchemaLoading

/// Applies planned changes to a database the way `db migrate` would run them as files: consecutive transactional
/// changes in one transaction, changes that cannot run in a transaction one by one.
public enum ChangeApplier {
    /// Consecutive runs of changes that share a transaction mode, in plan order.
    public static func segments(_ changes: [Change]) -> [[Change]] {
        var segments: [[Change]] = []
        for change in changes {
            if let last = segments.last?.last, last.requiresNoTransaction == change.requiresNoTransaction {
                segments[segments.count - 1].append(change)
            } else {
                segments.append([change])
            }
        }
        return segments
    }

    /// Applies one segment; a failure names the statement and rolls back a transactional segment.
    public static func apply(_ segment: [Change], to connection: Connection) throws {
        let run = {
            for change in segment {
                do {
                    try connection.execute(change.sql)
                } catch let error as PostgresError {
                    throw StatementFailure(sql: change.sql, error: error)
                }
            }
        }
        if segment.first?.requiresNoTransaction == true { try run() } else { try connection.transaction { try run() } }
    }

    /// Applies every change, segment by segment, after checking (one query) that every role the changes name exists:
    /// a missing role fails with `SchemaLoadError.missingRoles` before anything is applied.
    public static func apply(all changes: [Change], to connection: Connection) throws {
        try RoleCheck.requireRoles(changes.reduce(into: Set()) { $0.formUnion($1.referencedRoles) }, on: connection)
        for segment in segments(changes) { try apply(segment, to: connection) }
    }
}

/// A planned statement that Postgres rejected.
public struct StatementFailure: Error, CustomStringConvertible {
    public let sql: String
    public let error: PostgresError

    public var description: String {
        "statement failed (SQLSTATE \(error.sqlState ?? "?")): \(sql)\n  \(error.description.replacingOccurrences(of: "\n", with: "\n  "))"
    }
}
