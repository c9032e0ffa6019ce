import SQLSyntax

/// Turns database names into Swift identifiers: `organization_id` → `organizationId`, `post_tags` → `PostTags`.
enum SwiftNames {
    static let reservedWords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
        "internal", "let", "open", "operator", "private", "protocol", "public", "rethrows", "static", "struct",
        "subscript", "typealias", "var", "break", "case", "continue", "default", "defer", "do", "else", "fallthrough",
        "for", "guard", "if", "in", "repeat", "return", "switch", "where", "while", "as", "Any", "catch", "false", "is",
        "nil", "super", "self", "Self", "throw", "throws", "true", "try", "Type", "Protocol",
    ]

    /// `created_at` → `createdAt`, escaped with backticks when it is a Swift keyword.
    static func property(_ name: String) -> String {
        let words = words(of: name)
        guard let first = words.first else { return "_" }
        let joined = first.lowercased() + words.dropFirst().map(capitalized).joined()
        return escaped(startsValid(joined))
    }

    /// `post_tags` → `PostTags`.
    static func type(_ name: String) -> String {
        let joined = words(of: name).map(capitalized).joined()
        return escaped(startsValid(joined.isEmpty ? "_" : joined))
    }

    /// Enum case for an enum label: `in progress` → `inProgress`.
    static func enumCase(_ label: String) -> String { property(label) }

    private static func words(of name: String) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in name.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    private static func capitalized(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst()
    }

    private static func startsValid(_ identifier: String) -> String {
        guard let first = identifier.unicodeScalars.first, !("0"..."9").contains(first) else { return "_" + identifier }
        return identifier
    }

    private static func escaped(_ identifier: String) -> String {
        reservedWords.contains(identifier) ? "`\(identifier)`" : identifier
    }
}

/// A Swift string literal for any text: quotes, backslashes, control characters, line and paragraph separators and
/// bidirectional controls escaped, so it stays one line, shows in order and reads back as exactly `text`.
func swiftStringLiteral(_ text: String) -> String {
    var escaped = ""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\": escaped += "\\\\"
        case "\"": escaped += "\\\""
        case "\n": escaped += "\\n"
        case "\r": escaped += "\\r"
        case "\t": escaped += "\\t"
        case _ where mustBeEscapedOnOneLine(scalar): escaped += "\\u{" + String(scalar.value, radix: 16) + "}"
        default: escaped.unicodeScalars.append(scalar)
        }
    }
    return "\"\(escaped)\""
}
