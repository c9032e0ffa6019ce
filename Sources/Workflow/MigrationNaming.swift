import Diff
import Foundation

/// The snake_case name part of a generated migration file.
enum MigrationNaming {
    static let maximumLength = 60

    /// `explicit` cleaned up, or a short description of the changes (e.g. `create_table_posts_and_3_more`).
    static func name(explicit: String?, changes: [Change]) -> String {
        if let explicit, !snakeCase(explicit).isEmpty { return String(snakeCase(explicit).prefix(maximumLength)) }
        let first = snakeCase(changes.first?.summary ?? "schema change")
        let rest = changes.count > 1 ? "_and_\(changes.count - 1)_more" : ""
        return String(first.prefix(maximumLength - rest.count)) + rest
    }

    /// Lower-case ASCII letters and digits separated by single underscores.
    static func snakeCase(_ text: String) -> String {
        var result = ""
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty && !result.hasSuffix("_") {
                result += "_"
            }
        }
        while result.hasSuffix("_") { result.removeLast() }
        return result
    }
}
