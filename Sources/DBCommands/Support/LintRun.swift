import Foundation
import MigrationLint
import Migrations

/// Lints migration files with the facts earlier files establish (function settings, RLS), reporting only the
/// files asked about.
enum LintRun {
    /// Findings for `targets`, linted after `context` files (earlier migrations) in order.
    static func findings(
        targets: [LintInput], after contextFiles: [LintInput], linterContext: LintContext = LintContext()
    ) throws -> [LintFinding] {
        let names = Set(targets.map(\.name))
        let all = contextFiles.filter { !names.contains($0.name) } + targets
        return try MigrationLinter(context: linterContext).lint(all).filter { names.contains($0.file) }
    }

    static func input(_ file: MigrationFile) -> LintInput {
        LintInput(name: file.url.path, parse: file.parse)
    }
}
