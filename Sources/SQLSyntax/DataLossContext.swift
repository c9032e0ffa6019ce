/// What the statements before the one being judged created, and how unqualified names resolve: a table or
/// column created by the pending files holds no data from before them, so filling it is a backfill, not a loss.
public struct DataLossContext: Sendable, Hashable {
    /// The schema unqualified names resolve to (`current_schema()` of the migrating session).
    public let defaultSchema: String
    /// Tables the pending files create (`CREATE TABLE`, `CREATE TABLE … AS`), schema-qualified: `app.users`.
    public private(set) var createdTables: Set<String> = []
    /// Columns the pending files add to a table (`ALTER TABLE … ADD COLUMN`), schema-qualified: `app.users.email`.
    public private(set) var createdColumns: Set<String> = []

    public init(defaultSchema: String = "public") {
        self.defaultSchema = defaultSchema
    }

    /// Records the tables and columns a top-level statement creates.
    public mutating func record(_ node: ParseNode) {
        guard let (kind, body) = node.tagged else { return }
        switch kind {
        case "CreateStmt":
            if let relation = body["relation"] { createdTables.insert(qualified(relation)) }
        case "CreateTableAsStmt":
            if let relation = body["into"]?["rel"] { createdTables.insert(qualified(relation)) }
        case "AlterTableStmt":
            guard let relation = body["relation"] else { return }
            let table = qualified(relation)
            for command in body["cmds"]?.arrayValue ?? [] {
                guard let alter = command["AlterTableCmd"], alter["subtype"]?.stringValue == "AT_AddColumn",
                    let column = alter["def"]?["ColumnDef"]?["colname"]?.stringValue
                else { continue }
                createdColumns.insert(table + "." + column)
            }
        default:
            return
        }
    }

    /// True when `column` of `table` (schema-qualified) was created by the pending files, with its table or on
    /// its own.
    public func isNew(table: String, column: String) -> Bool {
        createdTables.contains(table) || createdColumns.contains(table + "." + column)
    }

    /// `schema.name` of a `RangeVar` node, the default schema filled in.
    public func qualified(_ rangeVar: ParseNode) -> String {
        let relation = rangeVar["RangeVar"] ?? rangeVar
        let name = relation["relname"]?.stringValue ?? "?"
        return (relation["schemaname"]?.stringValue ?? defaultSchema) + "." + name
    }

    /// A dotted name list (`["posts"]`, `["app", "posts"]`) with the default schema filled in when unqualified.
    public func qualified(names: [String]) -> String {
        (names.count == 1 ? [defaultSchema] + names : names).joined(separator: ".")
    }
}
