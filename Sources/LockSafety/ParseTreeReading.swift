import SQLSyntax

/// Reading the libpg_query nodes the lock rules look at.
extension ParseNode {
    /// A `RangeVar` node (or its body) as the relation it names.
    var relationName: RelationName? {
        let range = self["RangeVar"] ?? self
        guard let name = range["relname"]?.stringValue else { return nil }
        return RelationName(schema: range["schemaname"]?.stringValue, name)
    }

    /// Whether a `RangeVar` includes inheritance children and partitions (no `ONLY`).
    var includesChildren: Bool { (self["RangeVar"] ?? self)["inh"]?.boolValue ?? false }

    /// A `String` list such as `DropStmt.objects[i]` or `CommentStmt.object`, as its parts.
    var nameParts: [String] {
        (self["List"]?["items"] ?? self).arrayValue.compactMap { $0["String"]?["sval"]?.stringValue }
    }

    /// The tables, views and sequences a query reads (its `RangeVar`s), without the names its CTEs define.
    var relationsRead: [(name: RelationName, includesChildren: Bool)] {
        var cteNames: Set<String> = []
        var found: [(RelationName, Bool)] = []
        walk { node in
            if let name = node["CommonTableExpr"]?["ctename"]?.stringValue { cteNames.insert(name) }
            if let range = node["RangeVar"], let name = range.relationName {
                found.append((name, range.includesChildren))
            }
        }
        return found.filter { $0.0.schema != nil || !cteNames.contains($0.0.name) }
    }

    /// Sequences a query passes by literal name to `nextval`, `setval` or `currval`.
    var sequencesUsed: [RelationName] {
        var found: [RelationName] = []
        walk { node in
            guard let call = node["FuncCall"],
                ["nextval", "setval", "currval"].contains(call["funcname"]?.nameParts.last ?? ""),
                let literal = call["args"]?.arrayValue.first?["A_Const"]?["sval"]?["sval"]?.stringValue
            else { return }
            found.append(RelationName(regclassLiteral: literal))
        }
        return found
    }

    /// Qualified names (as written) of the functions an expression calls.
    var functionsCalled: [[String]] {
        var found: [[String]] = []
        walk { node in
            if let names = node["FuncCall"]?["funcname"]?.nameParts { found.append(names) }
        }
        return found
    }

    /// A `TypeName` rendered as SQL: quoted names, integer modifiers, array bounds. `nil` when a modifier is not
    /// an integer constant (the type cannot be restated faithfully).
    var typeSQL: String? {
        let type = self["TypeName"] ?? self
        let names = type["names"]?.nameParts ?? []
        guard !names.isEmpty else { return nil }
        var sql = names.map(quoteIdentifier).joined(separator: ".")
        let modifiers = type["typmods"]?.arrayValue ?? []
        if !modifiers.isEmpty {
            var values: [String] = []
            for modifier in modifiers {
                guard let integer = modifier["A_Const"]?["ival"] else { return nil }
                values.append(String(integer["ival"]?.intValue ?? 0))  // libpg_query leaves a zero out
            }
            sql += "(" + values.joined(separator: ", ") + ")"
        }
        sql += String(repeating: "[]", count: type["arrayBounds"]?.arrayValue.count ?? 0)
        return sql
    }
}

extension RelationName {
    /// The relation a `regclass` literal such as `'app.Orders_id_seq'` names: unquoted parts fold to lower case.
    init(regclassLiteral literal: String) {
        let parts = literal.split(separator: ".", omittingEmptySubsequences: false).map { part -> String in
            part.hasPrefix("\"") && part.hasSuffix("\"") && part.count >= 2
                ? String(part.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
                : part.lowercased()
        }
        self.init(schema: parts.count > 1 ? parts[parts.count - 2] : nil, parts.last ?? literal)
    }
}
