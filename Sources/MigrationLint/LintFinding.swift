import SQLSyntax

/// One hazard found in a migration file.
public struct LintFinding: Hashable, Sendable, Codable {
    public var file: String
    /// 1-based line of the statement that has the hazard.
    public var line: Int
    public var rule: LintRule
    public var severity: LintSeverity
    /// What is wrong, naming the object.
    public var message: String

    /// The fix to apply, from the rule.
    public var fix: String { rule.fix }

    /// `file:line: error [rule-id] message` followed by an indented `fix:` line; names in the file name and message
    /// cannot start a line of their own (`singleLine`).
    public var rendered: String {
        "\(singleLine(file)):\(line): \(severity.rawValue) [\(rule.rawValue)] \(singleLine(message))\n  fix: \(fix)"
    }
}

/// How serious a finding is; `db lint` exits 1 when any finding is an error.
public enum LintSeverity: String, Hashable, Sendable, Codable, Comparable {
    case warning
    case error

    public static func < (lhs: LintSeverity, rhs: LintSeverity) -> Bool { lhs == .warning && rhs == .error }
}
