import Diff
import SQLSyntax

/// Renders an ordered change list as a SQL script: each statement followed by `;` and a newline, destructive ones
/// preceded by a `-- destructive:` comment and lock-heavy ones by a `-- lock:` comment naming the hazard.
///
/// Comments are written through `sqlLineComment`, so no name in a summary or hazard can end one and start a statement.
public enum ChangeScript {
    public static func render(_ changes: [Change]) -> String {
        var text = ""
        for change in changes {
            if change.isDestructive { text += sqlLineComment("destructive: \(change.summary)") + "\n" }
            if let hazard = change.hazard { text += sqlLineComment("lock: \(hazard)") + "\n" }
            text += change.sql + ";\n"
        }
        return text
    }

    /// The `--json` document of a change list (`format` 1).
    public struct Document: Encodable {
        public struct Entry: Encodable {
            let kind: String
            let summary: String
            let sql: String
            let destructive: Bool
            let hazard: String?
            let transactional: Bool
        }

        let format = 1
        let changes: [Entry]

        public init(_ changes: [Change]) {
            self.changes = changes.map {
                Entry(
                    kind: $0.kind, summary: $0.summary, sql: $0.sql, destructive: $0.isDestructive, hazard: $0.hazard,
                    transactional: !$0.requiresNoTransaction)
            }
        }
    }
}
