import Foundation

/// Says whether a parsed statement loses data or objects, and how, for migration gates and lint.
public enum DestructiveStatements {
    /// Every parse-tree node kind `reason(for:)` can flag; a tree without any of them is not destructive.
    public static let nodeKinds = [
        "DropStmt", "DropdbStmt", "TruncateStmt", "DeleteStmt", "AlterEnumStmt", "AlterTableStmt",
    ]

    /// A short description such as `DROP TABLE posts` (one line, whatever the names hold), or `nil` when the
    /// statement keeps all data and objects.
    public static func reason(for node: ParseNode) -> String? {
        description(of: node).map(singleLine)
    }

    private static func description(of node: ParseNode) -> String? {
        guard let (kind, body) = node.tagged else { return nil }
        switch kind {
        case "DropStmt":
            let object = objectKindName(body["removeType"]?.stringValue ?? "OBJECT")
            let names = body["objects"]?.arrayValue.map(\.dottedName).joined(separator: ", ") ?? ""
            return "DROP \(object) \(names)".trimmingCharacters(in: .whitespaces)
        case "DropdbStmt":
            return "DROP DATABASE \(body["dbname"]?.stringValue ?? "")"
        case "TruncateStmt":
            let names = body["relations"]?.arrayValue.compactMap { $0["RangeVar"]?["relname"]?.stringValue } ?? []
            return "TRUNCATE \(names.joined(separator: ", "))"
        case "DeleteStmt" where body["whereClause"] == nil:
            return "DELETE without WHERE from \(body["relation"]?["relname"]?.stringValue ?? "a table")"
        case "AlterEnumStmt" where body["oldVal"] != nil:
            return "ALTER TYPE \(body["typeName"]?.dottedName ?? "") RENAME VALUE \(body["oldVal"]?.stringValue ?? "")"
        case "AlterTableStmt":
            let table = body["relation"]?["relname"]?.stringValue ?? ""
            for command in body["cmds"]?.arrayValue ?? [] {
                guard let alter = command["AlterTableCmd"] else { continue }
                switch alter["subtype"]?.stringValue {
                case "AT_DropColumn":
                    return "ALTER TABLE \(table) DROP COLUMN \(alter["name"]?.stringValue ?? "")"
                case "AT_DropConstraint":
                    return "ALTER TABLE \(table) DROP CONSTRAINT \(alter["name"]?.stringValue ?? "")"
                default: continue
                }
            }
            return nil
        default:
            return nil
        }
    }

    /// `OBJECT_MATVIEW` → `MATERIALIZED VIEW`, `OBJECT_TABLE` → `TABLE`.
    static func objectKindName(_ raw: String) -> String {
        let name = raw.hasPrefix("OBJECT_") ? String(raw.dropFirst("OBJECT_".count)) : raw
        switch name {
        case "MATVIEW": return "MATERIALIZED VIEW"
        case "FOREIGN_TABLE": return "FOREIGN TABLE"
        default: return name.replacingOccurrences(of: "_", with: " ")
        }
    }
}
