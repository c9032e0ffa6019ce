import LockSafety
import SQLSyntax

/// A table-level lock a migration file will take on a relation that exists before it runs.
struct WantedLock: Sendable, Hashable {
    /// Schema-qualified.
    let relation: RelationName
    let mode: LockMode
    /// The file and line of the statement that takes it.
    let fileName: String
    let line: Int
    /// Why the statement takes it, e.g. `CREATE INDEX posts_idx blocks writes while it builds`.
    let reason: String
}

/// Another session's granted lock that conflicts with a lock a migration file will take: running the file now
/// would queue behind it, and every later request for the relation would queue behind the file.
public struct LockConflict: Sendable, Hashable, CustomStringConvertible {
    /// The relation, schema-qualified, e.g. `public.orders`.
    public let relation: String
    /// The mode the file needs there, as SQL names it, e.g. `ACCESS EXCLUSIVE`.
    public let wantedMode: String
    /// The file and line of the statement that needs it.
    public let fileName: String
    public let line: Int
    /// Why that statement needs it.
    public let reason: String
    /// The session holding the lock; its `mode` is the mode it holds, e.g. `AccessShareLock`.
    public let holder: BlockingSession
    /// When the holder's transaction started: a later transaction of the same session is another holder.
    let transactionStart: String

    public var description: String {
        "\(singleLine(relation)): \(fileName):\(line) needs \(wantedMode) (\(singleLine(reason))); held by \(holder)"
    }
}
