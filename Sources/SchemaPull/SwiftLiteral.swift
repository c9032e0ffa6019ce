import SQLSyntax

/// Swift source spellings of values: string literals that reproduce any text exactly.
enum SwiftLiteral {
    /// A one-line string literal, e.g. `"it's \"quoted\"\n"`: quotes, backslashes, control characters, line and
    /// paragraph separators and bidirectional controls escaped, so an editor shows it on one line, in order.
    static func string(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where mustBeEscapedOnOneLine(scalar): result += "\\u{" + String(scalar.value, radix: 16) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// Text as a literal: a one-line literal unless it spans lines, then a raw multi-line literal
    /// (`#"""` … `"""#`) whose lines are indented by `indent` and which reproduces the text byte for byte.
    static func text(_ text: String, indent: String) -> String {
        let usesOtherControls = text.unicodeScalars.contains { $0 != "\n" && $0 != "\t" && mustBeEscapedOnOneLine($0) }
        guard text.contains("\n"), !usesOtherControls else { return string(text) }
        var hashes = "#"
        while text.contains("\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
        var lines = [hashes + "\"\"\""]
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append(line.isEmpty ? "" : indent + line)
        }
        lines.append(indent + "\"\"\"" + hashes)
        return lines.joined(separator: "\n")
    }
}
