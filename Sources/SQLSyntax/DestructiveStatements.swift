import Foundation

/// Says whether a parsed statement loses data or objects, and how, for migration gates and lint.
public enum DestructiveStatements {
    /// Every parse-tree node kind `reason(for:context:)` can flag; a tree without any of them is not destructive.
    public static let nodeKinds = [
        "DropStmt", "DropdbStmt", "DropOwnedStmt", "TruncateStmt", "DeleteStmt", "UpdateStmt", "MergeStmt",
        "AlterEnumStmt", "AlterTableStmt",
    ]

    /// Object kinds whose names live in a schema, so an unqualified name gets the default schema.
    private static let schemaObjectKinds: Set<String> = [
        "TABLE", "VIEW", "MATERIALIZED VIEW", "INDEX", "SEQUENCE", "TYPE", "DOMAIN", "FOREIGN TABLE", "COLLATION",
        "CONVERSION", "STATISTIC EXT", "TSCONFIGURATION", "TSDICTIONARY", "TSPARSER", "TSTEMPLATE", "FUNCTION",
        "PROCEDURE", "ROUTINE", "AGGREGATE", "OPERATOR",
    ]
    /// Object kinds named `table.name` (`DROP TRIGGER t ON a` is `[a, t]`).
    private static let tableMemberKinds: Set<String> = ["TRIGGER", "POLICY", "RULE"]

    /// A short description naming the schema-qualified object, such as `DROP TABLE app.posts` (one line, whatever
    /// the names hold), or `nil` when the statement keeps all data and objects. `context` resolves unqualified
    /// names and says which tables and columns the pending files created (overwriting those is not a loss).
    ///
    /// A statement that runs another one inside it is judged by what it runs: DML in a `WITH` query, under
    /// `EXPLAIN ANALYZE`, `PREPARE` or `COPY (…) TO`, and the actions of a `CREATE RULE` (they run on later
    /// statements). Function bodies (judged only when called) and DO blocks (read by `RoutineBody`) are not.
    public static func reason(for node: ParseNode, context: DataLossContext = DataLossContext()) -> String? {
        if let own = description(of: node, context: context) { return singleLine(own) }
        guard let (kind, body) = node.tagged, kind != "CreateFunctionStmt", kind != "DoStmt",
            kind != "ExplainStmt" || explainRuns(body)
        else { return nil }
        var nested: String?
        body.walk { child in
            if nested == nil { nested = description(of: child, context: context) }
        }
        return nested.map(singleLine)
    }

    /// `EXPLAIN ANALYZE` runs its statement; a plain `EXPLAIN` only plans it.
    private static func explainRuns(_ explain: ParseNode) -> Bool {
        (explain["options"]?.arrayValue ?? []).contains {
            $0["DefElem"]?["defname"]?.stringValue == "analyze" && $0["DefElem"]?["arg"]?.stringName != "false"
        }
    }

    private static func description(of node: ParseNode, context: DataLossContext) -> String? {
        guard let (kind, body) = node.tagged else { return nil }
        let cascade =
            body["behavior"]?.stringValue == "DROP_CASCADE" ? " CASCADE (and everything that depends on it)" : ""
        switch kind {
        case "DropStmt":
            let object = objectKindName(body["removeType"]?.stringValue ?? "OBJECT")
            let names = body["objects"]?.arrayValue.map { droppedName($0, kind: object, context: context) } ?? []
            return "DROP \(object) \(names.joined(separator: ", "))\(cascade)"
        case "DropdbStmt":
            return "DROP DATABASE \(body["dbname"]?.stringValue ?? "")"
        case "DropOwnedStmt":
            let roles = body["roles"]?.arrayValue.compactMap { $0["RoleSpec"]?["rolename"]?.stringValue } ?? []
            return "DROP OWNED BY \(roles.joined(separator: ", ")) (every object they own in this database)\(cascade)"
        case "TruncateStmt":
            let names = body["relations"]?.arrayValue.map(context.qualified) ?? []
            return "TRUNCATE \(names.joined(separator: ", "))\(cascade)"
        case "DeleteStmt":
            guard let unfiltered = everyRow(body["whereClause"], "WHERE") else { return nil }
            return "DELETE \(unfiltered) from \(body["relation"].map(context.qualified) ?? "a table")"
        case "UpdateStmt":
            guard let unfiltered = everyRow(body["whereClause"], "WHERE"), let relation = body["relation"] else {
                return nil
            }
            return overwrites(relation, body["targetList"], "UPDATE \(unfiltered)", context)
        case "MergeStmt":
            guard let relation = body["relation"] else { return nil }
            return mergeReason(relation, body, context)
        case "AlterEnumStmt" where body["oldVal"] != nil:
            let type = context.qualified(names: body["typeName"]?.arrayValue.compactMap(\.stringName) ?? [])
            return "ALTER TYPE \(type) RENAME VALUE \(body["oldVal"]?.stringValue ?? "")"
        case "AlterTableStmt":
            guard let relation = body["relation"] else { return nil }
            return alterTableReason(table: context.qualified(relation), body["cmds"]?.arrayValue ?? [], context)
        default:
            return nil
        }
    }

    private static func alterTableReason(table: String, _ commands: [ParseNode], _ context: DataLossContext)
        -> String?
    {
        for command in commands {
            guard let alter = command["AlterTableCmd"] else { continue }
            let name = alter["name"]?.stringValue ?? ""
            let cascade =
                alter["behavior"]?.stringValue == "DROP_CASCADE" ? " CASCADE (and everything that depends on it)" : ""
            switch alter["subtype"]?.stringValue {
            case "AT_DropColumn":
                return "ALTER TABLE \(table) DROP COLUMN \(name)\(cascade)"
            case "AT_DropConstraint":
                return "ALTER TABLE \(table) DROP CONSTRAINT \(name)\(cascade)"
            case "AT_AlterColumnType":
                guard let using = alter["def"]?["ColumnDef"]?["raw_default"], !mentionsAColumn(using),
                    !context.isNew(table: table, column: name)
                else { continue }
                return "ALTER TABLE \(table) ALTER COLUMN \(name) TYPE … USING an expression without the column "
                    + "replaces every value of \(table).\(name)"
            default: continue
            }
        }
        return nil
    }

    /// `without WHERE` when `filter` is absent, `with a WHERE that names no column` when it cannot tell rows
    /// apart (`WHERE true`, `WHERE 1 = 1`), `nil` when it filters rows.
    private static func everyRow(_ filter: ParseNode?, _ keyword: String) -> String? {
        guard let filter else { return "without \(keyword)" }
        return mentionsAColumn(filter) ? nil : "with a \(keyword) that names no column"
    }

    /// `<statement> overwrites t.a, t.b` for the columns `targets` set that held data before the pending files.
    private static func overwrites(
        _ relation: ParseNode, _ targets: ParseNode?, _ statement: String, _ context: DataLossContext
    ) -> String? {
        let table = context.qualified(relation)
        let overwritten = (targets?.arrayValue ?? []).compactMap { $0["ResTarget"]?["name"]?.stringValue }
            .filter { !context.isNew(table: table, column: $0) }
        guard !overwritten.isEmpty else { return nil }
        return "\(statement) overwrites " + overwritten.map { "\(table).\($0)" }.joined(separator: ", ")
    }

    /// A `MERGE` action that deletes or updates matched rows, judged like `DELETE`/`UPDATE` with the join
    /// condition (and the action's own `AND` condition) as its `WHERE`.
    private static func mergeReason(_ relation: ParseNode, _ body: ParseNode, _ context: DataLossContext) -> String? {
        let join = body["joinCondition"].flatMap { mentionsAColumn($0) ? $0 : nil }
        for clause in body["mergeWhenClauses"]?.arrayValue ?? [] {
            guard let when = clause["MergeWhenClause"] else { continue }
            let condition = when["condition"].flatMap { mentionsAColumn($0) ? $0 : nil }
            guard join == nil, condition == nil else { continue }
            switch when["commandType"]?.stringValue {
            case "CMD_DELETE":
                return "MERGE … DELETE with an ON condition that names no column from \(context.qualified(relation))"
            case "CMD_UPDATE":
                if let reason = overwrites(
                    relation, when["targetList"], "MERGE … UPDATE with an ON condition that names no column", context)
                {
                    return reason
                }
            default: continue
            }
        }
        return nil
    }

    private static func mentionsAColumn(_ expression: ParseNode) -> Bool {
        var found = false
        expression.walk { if $0["ColumnRef"] != nil { found = true } }
        return found
    }

    private static func droppedName(_ object: ParseNode, kind: String, context: DataLossContext) -> String {
        let names =
            (object["List"]?["items"] ?? object["ObjectWithArgs"]?["objname"] ?? object["TypeName"]?["names"])?
            .arrayValue.compactMap(\.stringName) ?? object.stringName.map { [$0] } ?? [object.dottedName]
        if schemaObjectKinds.contains(kind) { return context.qualified(names: names) }
        if tableMemberKinds.contains(kind), let member = names.last {
            return "\(member) ON \(context.qualified(names: Array(names.dropLast())))"
        }
        return names.joined(separator: ".")
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

extension ParseNode {
    /// The text of a `String` node (`{"String": {"sval": "posts"}}`).
    public var stringName: String? { self["String"]?["sval"]?.stringValue ?? self["String"]?["str"]?.stringValue }
}
