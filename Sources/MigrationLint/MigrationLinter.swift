import SQLSyntax

/// A migration file to lint: its display name (path) and SQL text, with the parse of that text.
public struct LintInput: Sendable {
    public let name: String
    /// The text and its statements, parsed on first use (shared with the destructive gate for a migration file).
    public let parse: SharedParse

    public var sql: String { parse.sql }

    public init(name: String, sql: String) {
        self.init(name: name, parse: SharedParse(sql))
    }

    public init(name: String, parse: SharedParse) {
        self.name = name
        self.parse = parse
    }
}

/// SQL that libpg_query could not parse, located in its file.
public struct LintSyntaxError: Error, CustomStringConvertible {
    public let file: String
    public let underlying: SQLSyntaxError

    public var description: String {
        "\(file):\(underlying.line.map(String.init) ?? "?"): \(underlying.message)"
    }
}

/// Checks migration files for zero-downtime hazards using libpg_query parse trees (never text matching, so comments,
/// string literals and function bodies never trigger a rule).
public struct MigrationLinter: Sendable {
    public var context: LintContext

    public init(context: LintContext = LintContext()) {
        self.context = context
    }

    /// Lints files in version order. Facts from earlier files (function settings, RLS) carry into later ones;
    /// findings are returned for every file, in file and line order.
    public func lint(_ files: [LintInput]) throws -> [LintFinding] {
        var context = self.context
        var findings: [LintFinding] = []
        for file in files {
            let statements: [ParsedStatement]
            do {
                statements = try file.parse.statements()
            } catch {
                throw LintSyntaxError(file: file.name, underlying: error)
            }
            var pass = FileLintPass(file: file, context: context)
            pass.check(statements)
            findings += pass.findings
            context = pass.context
        }
        return findings
    }
}
