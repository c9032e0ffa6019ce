import Catalog

/// Functions and procedures as DSL declarations, with parameters read back from `pg_get_function_arguments` text.
extension SchemaSourceRenderer {
    mutating func function(_ function: Function) -> [String] {
        let object = "function \(function.key)"
        if function.body.isEmpty {
            return [cannotExpress(object, "a function with an SQL-standard body (BEGIN ATOMIC / RETURN); declare it by hand")]
        }
        guard let parameters = Self.parameters(function.arguments) else {
            return [cannotExpress(object, "a function with unnamed parameters (\(function.arguments)); name them, then pull again")]
        }
        let spelled = parameters.map { parameter -> String in
            var text = "Parameter(\(Self.string(parameter.name)), \(types.spell(parameter.type))"
            switch parameter.mode {
            case "OUT": text += ", mode: .output"
            case "INOUT": text += ", mode: .inputOutput"
            case "VARIADIC": text += ", mode: .variadic"
            default: break
            }
            if let value = parameter.defaultSQL { text += ", default: \(Self.string(value))" }
            return text + ")"
        }
        let language = switch function.language {
        case "sql": ".sql"
        case "plpgsql": ".plpgsql"
        default: Self.string(function.language)
        }
        var arguments = [Self.string(function.name.name) + ", schema: \(Self.string(function.name.schema))"]
        if !spelled.isEmpty { arguments.append("parameters: [\(spelled.joined(separator: ", "))]") }
        if function.kind == .function {
            arguments.append("returns: \(Self.result(function.returnType ?? "void", types: types))")
        }
        arguments.append("language: \(language)")
        arguments.append("body: " + SwiftLiteral.text(function.body, indent: "    "))
        let call = function.kind == .procedure ? "Function.procedure" : "Function"
        let head = ["\(call)("] + Self.indented([arguments.joined(separator: ",\n")], by: "    ") + [")"]

        var modifiers: [String] = []
        if function.kind == .function {
            if function.volatility != .volatile { modifiers.append(".volatility(.\(function.volatility.rawValue.lowercased()))") }
            if function.isStrict { modifiers.append(".strict()") }
            if function.parallel != .unsafe { modifiers.append(".parallel(.\(function.parallel.rawValue.lowercased()))") }
        }
        if function.securityDefiner { modifiers.append(".securityDefiner()") }
        for setting in function.settings {
            guard let equals = setting.firstIndex(of: "=") else { continue }
            let name = String(setting[..<equals])
            let value = String(setting[setting.index(after: equals)...])
            modifiers.append(".set(\(Self.string(name)), to: \(Self.string(value)))")
        }
        if let comment = function.comment { modifiers.append(".comment(\(Self.string(comment)))") }
        let access = accessModifiers(function.privileges, object: object)
        return access.notes + head + modifiers + access.modifiers
    }

    /// `.type(.integer)`, `.trigger`, `.eventTrigger`, `.void`, or the result text as a built-in type (`SETOF …`, `TABLE(…)`).
    static func result(_ text: String, types: ColumnTypeSpelling) -> String {
        switch text {
        case "trigger": ".trigger"
        case "event_trigger": ".eventTrigger"
        case "void": ".void"
        default:
            text.hasPrefix("SETOF ") ? ".setOf(\(types.spell(String(text.dropFirst("SETOF ".count)))))"
                : text.hasPrefix("TABLE(") ? ".type(.builtin(\(string(text))))" : ".type(\(types.spell(text)))"
        }
    }

    /// One parameter as `pg_get_function_arguments` prints it: `[mode ]name type[ DEFAULT expression]`.
    struct ParsedParameter {
        var mode: String
        var name: String
        var type: String
        var defaultSQL: String?
    }

    /// The parameters of an argument list, or `nil` when one has no name (the DSL requires names).
    static func parameters(_ arguments: String) -> [ParsedParameter]? {
        var result: [ParsedParameter] = []
        for item in splitTopLevel(arguments) {
            var text = Substring(item)
            var mode = "IN"
            for candidate in ["IN ", "OUT ", "INOUT ", "VARIADIC "] where text.hasPrefix(candidate) {
                mode = String(candidate.dropLast())
                text = text.dropFirst(candidate.count)
                break
            }
            var defaultSQL: String?
            if let range = topLevelRange(of: " DEFAULT ", in: String(text)) {
                let string = String(text)
                defaultSQL = String(string[range.upperBound...])
                text = Substring(string[..<range.lowerBound])
            }
            guard let (name, type) = nameAndType(String(text)) else { return nil }
            result.append(ParsedParameter(mode: mode, name: name, type: type, defaultSQL: defaultSQL))
        }
        return result
    }

    /// Splits `name type` where the name is an identifier (quoted when needed); `nil` for a bare type.
    private static func nameAndType(_ text: String) -> (String, String)? {
        let multiWordTypes = [
            "double precision", "character varying", "bit varying", "timestamp with", "timestamp without",
            "time with", "time without",
        ]
        if multiWordTypes.contains(where: { text.hasPrefix($0) }) { return nil }
        if text.hasPrefix("\"") {
            var index = text.index(after: text.startIndex)
            var name = ""
            while index < text.endIndex {
                if text[index] == "\"" {
                    let next = text.index(after: index)
                    if next < text.endIndex, text[next] == "\"" {
                        name.append("\"")
                        index = text.index(after: next)
                        continue
                    }
                    guard next < text.endIndex, text[next] == " " else { return nil }
                    return (name, String(text[text.index(after: next)...]))
                }
                name.append(text[index])
                index = text.index(after: index)
            }
            return nil
        }
        guard let space = text.firstIndex(of: " ") else { return nil }
        let name = String(text[..<space])
        guard isPlainIdentifier(name) else { return nil }
        return (name, String(text[text.index(after: space)...]))
    }

    /// Splits at `, ` outside parentheses, brackets and quotes.
    static func splitTopLevel(_ text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        var parts: [String] = []
        var current = ""
        var depth = 0
        var quote: Character?
        for character in text {
            if let open = quote {
                current.append(character)
                if character == open { quote = nil }
                continue
            }
            switch character {
            case "'", "\"": quote = character
            case "(", "[": depth += 1
            case ")", "]": depth -= 1
            case "," where depth == 0:
                parts.append(current.trimmingLeadingSpace())
                current = ""
                continue
            default: break
            }
            current.append(character)
        }
        parts.append(current.trimmingLeadingSpace())
        return parts
    }

    /// The first occurrence of `needle` outside quotes and parentheses.
    private static func topLevelRange(of needle: String, in text: String) -> Range<String.Index>? {
        var depth = 0
        var quote: Character?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "'" || character == "\"" {
                quote = character
            } else if character == "(" {
                depth += 1
            } else if character == ")" {
                depth -= 1
            } else if depth == 0, text[index...].hasPrefix(needle) {
                return index..<text.index(index, offsetBy: needle.count)
            }
            index = text.index(after: index)
        }
        return nil
    }
}

extension String {
    fileprivate func trimmingLeadingSpace() -> String { String(drop { $0 == " " }) }
}
