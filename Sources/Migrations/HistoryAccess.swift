/// What a command does to `public.__migrations`, and so which table locks of other sessions make it wait.
public enum HistoryAccess: Sendable {
    /// `SELECT` (`AccessShareLock`): waits only behind `ACCESS EXCLUSIVE` (`ALTER`, `DROP`, `LOCK TABLE`).
    case read
    /// `INSERT`/`DELETE` of history rows (`RowExclusiveLock`): waits behind `SHARE` and stronger locks.
    case write

    /// The `pg_locks.mode` names that conflict with this access.
    var conflictingModes: [String] {
        switch self {
        case .read: ["AccessExclusiveLock"]
        case .write: ["ShareLock", "ShareRowExclusiveLock", "ExclusiveLock", "AccessExclusiveLock"]
        }
    }

    /// `conflictingModes` as a `text[]` literal for a query parameter.
    var conflictingModesArray: String { "{" + conflictingModes.joined(separator: ",") + "}" }
}
