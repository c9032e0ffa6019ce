/// A node of libpg_query's JSON parse tree: an object, array, string, number, bool or null (read by
/// `ParseTreeJSON`).
public indirect enum ParseNode: Sendable, Hashable {
    case object([String: ParseNode])
    case array([ParseNode])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    /// The child under `key` of an object node, or `nil`.
    public subscript(_ key: String) -> ParseNode? {
        if case .object(let fields) = self { return fields[key] }
        return nil
    }

    /// For a node like `{"DropStmt": {...}}`, the kind (`DropStmt`) and its fields.
    public var tagged: (kind: String, body: ParseNode)? {
        if case .object(let fields) = self, fields.count == 1, let (kind, body) = fields.first,
            kind.first?.isUppercase == true
        {
            return (kind, body)
        }
        return nil
    }

    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    public var boolValue: Bool {
        if case .bool(let value) = self { return value }
        return false
    }

    public var intValue: Int? {
        if case .number(let value) = self { return Int(value) }
        return nil
    }

    public var arrayValue: [ParseNode] {
        if case .array(let items) = self { return items }
        return []
    }

    /// Every descendant node (depth first), including this one.
    public func walk(_ visit: (ParseNode) -> Void) {
        visit(self)
        switch self {
        case .object(let fields) where fields.count == 1: fields.first!.value.walk(visit)
        case .object(let fields): for (_, child) in fields.sorted(by: { $0.key < $1.key }) { child.walk(visit) }
        case .array(let items): for item in items { item.walk(visit) }
        default: break
        }
    }

    /// The names of a `String` node list such as `DropStmt.objects[i]` or `TypeName.names`, joined with dots.
    public var dottedName: String {
        var parts: [String] = []
        walk { node in
            if let text = node["String"]?["sval"]?.stringValue ?? node["String"]?["str"]?.stringValue {
                parts.append(text)
            }
        }
        return parts.joined(separator: ".")
    }
}
