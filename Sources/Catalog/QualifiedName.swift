import Foundation

/// A schema-qualified object name, e.g. `app.users`. Names are stored unquoted, exactly as Postgres stores them.
public struct QualifiedName: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
    public var schema: String
    public var name: String

    public init(_ schema: String, _ name: String) {
        self.schema = schema
        self.name = name
    }

    /// The dictionary key used throughout `Catalog`: `schema.name`, each part double-quoted only when it is not a
    /// plain lower-case identifier, so keys are unambiguous (`"my.schema".t` vs `my.schema.t` cannot collide).
    public var key: String { Self.keyPart(schema) + "." + Self.keyPart(name) }

    public var description: String { key }

    public static func < (lhs: QualifiedName, rhs: QualifiedName) -> Bool {
        (lhs.schema, lhs.name) < (rhs.schema, rhs.name)
    }

    static func keyPart(_ part: String) -> String {
        let plain = !part.isEmpty && part.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
            && !("0"..."9").contains(part.unicodeScalars.first!)
        return plain ? part : "\"" + part.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
