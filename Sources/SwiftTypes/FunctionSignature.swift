import Foundation

/// Reads the argument lists Postgres prints (`pg_get_function_identity_arguments`, `TABLE(…)` results).
enum FunctionSignature {
    struct Parameter {
        let name: String?
        let type: String
    }

    static let modes: Set<String> = ["IN", "OUT", "INOUT", "VARIADIC"]

    /// `org uuid, since timestamp with time zone` → [(org, uuid), (since, timestamp with time zone)].
    /// Only input parameters are returned (OUT parameters are part of the result).
    static func parameters(_ list: String) -> [Parameter] {
        splitTopLevel(list).compactMap { item in
            var words = item.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            if let mode = words.first, modes.contains(mode) {
                if mode == "OUT" { return nil }
                words.removeFirst()
            }
            guard !words.isEmpty else { return nil }
            if words.count == 1 || SwiftTypeMapping.builtins[words.joined(separator: " ")] != nil {
                return Parameter(name: nil, type: words.joined(separator: " "))
            }
            return Parameter(name: words[0], type: words.dropFirst().joined(separator: " "))
        }
    }

    /// The columns of a `TABLE(id uuid, n bigint)` result, or `nil` for other results.
    static func tableColumns(_ result: String) -> [Parameter]? {
        guard result.hasPrefix("TABLE("), result.hasSuffix(")") else { return nil }
        return parameters(String(result.dropFirst(6).dropLast()))
    }

    private static func splitTopLevel(_ text: String) -> [String] {
        var parts: [String] = []
        var depth = 0
        var current = ""
        var inQuotes = false
        for character in text {
            if character == "\"" { inQuotes.toggle() }
            if !inQuotes && character == "(" { depth += 1 }
            if !inQuotes && character == ")" { depth -= 1 }
            if character == "," && depth == 0 && !inQuotes {
                parts.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
        }
        let last = current.trimmingCharacters(in: .whitespaces)
        if !last.isEmpty { parts.append(last) }
        return parts
    }
}
