import Catalog

/// Finds the catalog objects an expression, type or SQL body mentions by name, for ordering.
///
/// Postgres gives no structured dependencies for expression text in a desired catalog, so the differ scans it:
/// `name(` is a call of a function, `'seq'::regclass` names a relation, any other (qualified) name may be a type or
/// a relation. Unqualified names are looked up in the owning object's schema and in `public`. A false match can only
/// add an ordering edge, never a statement.
struct References {
    private var functions: Set<QualifiedName> = []
    private var types: Set<QualifiedName> = []
    private var relations: Set<QualifiedName> = []

    init(_ catalog: Catalog) {
        for function in catalog.functions.values { functions.insert(function.name) }
        for type in catalog.enums.values { types.insert(type.name) }
        for domain in catalog.domains.values { types.insert(domain.name) }
        for type in catalog.compositeTypes.values { types.insert(type.name) }
        for table in catalog.tables.values { relations.insert(table.name) }
        for view in catalog.views.values { relations.insert(view.name) }
        for sequence in catalog.sequences.values { relations.insert(sequence.name) }
    }

    /// Object IDs of the functions, types and relations the text mentions (excluding `except`).
    func ids(in text: String, schema: String, except: QualifiedName? = nil) -> [String] {
        var result: [String] = []
        for reference in NameScanner.scan(text) {
            for candidate in candidates(reference.parts, schema: schema) where candidate != except {
                if reference.isCall {
                    if functions.contains(candidate) { result.append(ObjectID.functionName(candidate)) }
                } else {
                    if types.contains(candidate) { result.append(ObjectID.type(candidate)) }
                    if relations.contains(candidate) { result.append(ObjectID.relation(candidate)) }
                }
            }
        }
        return result
    }

    /// Object IDs of user-defined types a column type such as `app.status[]` or `"My Type"(3)` names.
    func typeIDs(_ typeText: String, schema: String) -> [String] {
        ids(in: typeText, schema: schema).filter { $0.hasPrefix("type:") }
    }

    private func candidates(_ parts: [String], schema: String) -> [QualifiedName] {
        switch parts.count {
        case 1: return schema == "public" ? [QualifiedName("public", parts[0])]
            : [QualifiedName(schema, parts[0]), QualifiedName("public", parts[0])]
        case 2: return [QualifiedName(parts[0], parts[1])]
        default: return [QualifiedName(parts[parts.count - 3], parts[parts.count - 2])]
        }
    }
}

/// A tiny lexer over SQL text that yields the (possibly qualified) names it contains.
enum NameScanner {
    struct Reference {
        var parts: [String]
        /// Followed by `(`: a function call.
        var isCall: Bool
    }

    static func scan(_ text: String) -> [Reference] {
        let chars = Array(text.unicodeScalars)
        var references: [Reference] = []
        var index = 0
        var parts: [String] = []
        var expectingPart = false

        func flush(isCall: Bool) {
            if !parts.isEmpty { references.append(Reference(parts: parts, isCall: isCall)) }
            parts = []
            expectingPart = false
        }
        func skipSpaces(_ from: Int) -> Int {
            var position = from
            while position < chars.count, isSpace(chars[position]) { position += 1 }
            return position
        }

        while index < chars.count {
            let char = chars[index]
            if char == "'" {
                flush(isCall: false)
                var literal = ""
                index += 1
                while index < chars.count {
                    if chars[index] == "'" {
                        if index + 1 < chars.count && chars[index + 1] == "'" {
                            literal.unicodeScalars.append("'")
                            index += 2
                            continue
                        }
                        break
                    }
                    literal.unicodeScalars.append(chars[index])
                    index += 1
                }
                index += 1
                let rest = String(String.UnicodeScalarView(chars[min(index, chars.count)...].prefix(10)))
                if rest.hasPrefix("::regclass") {
                    let named = scan(literal).filter { !$0.isCall }
                    if let first = named.first { references.append(first) }
                }
                continue
            }
            if char == "-" && index + 1 < chars.count && chars[index + 1] == "-" {
                flush(isCall: false)
                while index < chars.count && chars[index] != "\n" { index += 1 }
                continue
            }
            if char == "\"" || char == "_" || isLetter(char) {
                if !parts.isEmpty && !expectingPart { flush(isCall: false) }
                var name = ""
                if char == "\"" {
                    index += 1
                    while index < chars.count {
                        if chars[index] == "\"" {
                            if index + 1 < chars.count && chars[index + 1] == "\"" {
                                name.unicodeScalars.append("\"")
                                index += 2
                                continue
                            }
                            break
                        }
                        name.unicodeScalars.append(chars[index])
                        index += 1
                    }
                    index += 1
                } else {
                    while index < chars.count,
                        chars[index] == "_" || chars[index] == "$" || isLetter(chars[index])
                            || ("0"..."9").contains(chars[index])
                    {
                        name.unicodeScalars.append(chars[index])
                        index += 1
                    }
                    name = name.lowercased()
                }
                parts.append(name)
                expectingPart = false
                let next = skipSpaces(index)
                if next < chars.count && chars[next] == "." {
                    expectingPart = true
                    index = next + 1
                } else if next < chars.count && chars[next] == "(" {
                    flush(isCall: true)
                }
                continue
            }
            if char == "$" || ("0"..."9").contains(char) {
                flush(isCall: false)
                while index < chars.count,
                    chars[index] == "$" || chars[index] == "_" || isLetter(chars[index])
                        || ("0"..."9").contains(chars[index])
                {
                    index += 1
                }
                continue
            }
            if !isSpace(char) { flush(isCall: false) }
            index += 1
        }
        flush(isCall: false)
        return references
    }

    /// `properties.isAlphabetic`, with ASCII (nearly all SQL text) answered without a Unicode table lookup.
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) : scalar.properties.isAlphabetic
    }

    /// `properties.isWhitespace`, with ASCII answered without a Unicode table lookup.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar == " " || ("\t"..."\r").contains(scalar) : scalar.properties.isWhitespace
    }
}
