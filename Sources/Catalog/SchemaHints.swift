/// What a desired schema says beyond its objects: rename hints and how to build some of them.
///
/// The DSL produces hints alongside its `Catalog`; the diff uses them to emit `RENAME` instead of drop + create,
/// and to create indexes `CONCURRENTLY`. A hint whose old name no longer exists is ignored (already applied).
public struct SchemaHints: Hashable, Codable, Sendable {
    /// New schema name → old schema name.
    public var renamedSchemas: [String: String]
    /// New table key (`QualifiedName.key`) → old table name in the same schema.
    public var renamedTables: [String: String]
    /// Table key (of the new table) → (new column name → old column name).
    public var renamedColumns: [String: [String: String]]
    /// Table key → (new index name → old index name).
    public var renamedIndexes: [String: [String: String]]
    /// Table key → (new constraint name → old constraint name).
    public var renamedConstraints: [String: [String: String]]
    /// Enum key → (new label → old label).
    public var renamedEnumLabels: [String: [String: String]]
    /// Index keys (`QualifiedName(schema, indexName).key`) to create with `CREATE INDEX CONCURRENTLY`.
    public var concurrentIndexes: Set<String>
    /// New table key → the schema the table moves from (`ALTER TABLE … SET SCHEMA`). With a `renamedTables` entry
    /// for the same key, the old name is the renamed one in that schema.
    public var movedTables: [String: String]

    public init(
        renamedSchemas: [String: String] = [:], renamedTables: [String: String] = [:],
        renamedColumns: [String: [String: String]] = [:], renamedIndexes: [String: [String: String]] = [:],
        renamedConstraints: [String: [String: String]] = [:], renamedEnumLabels: [String: [String: String]] = [:],
        concurrentIndexes: Set<String> = [], movedTables: [String: String] = [:]
    ) {
        self.renamedSchemas = renamedSchemas
        self.renamedTables = renamedTables
        self.renamedColumns = renamedColumns
        self.renamedIndexes = renamedIndexes
        self.renamedConstraints = renamedConstraints
        self.renamedEnumLabels = renamedEnumLabels
        self.concurrentIndexes = concurrentIndexes
        self.movedTables = movedTables
    }

    /// Decodes hints written before a kind of hint existed: a missing key is an empty map.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func map<Value: Decodable>(_ key: CodingKeys) throws -> [String: Value] {
            try container.decodeIfPresent([String: Value].self, forKey: key) ?? [:]
        }
        self.init(
            renamedSchemas: try map(.renamedSchemas), renamedTables: try map(.renamedTables),
            renamedColumns: try map(.renamedColumns), renamedIndexes: try map(.renamedIndexes),
            renamedConstraints: try map(.renamedConstraints), renamedEnumLabels: try map(.renamedEnumLabels),
            concurrentIndexes: try container.decodeIfPresent(Set<String>.self, forKey: .concurrentIndexes) ?? [],
            movedTables: try map(.movedTables))
    }

    /// The name table `newName` (of the desired schema) had before the hinted schema renames, moves and renames.
    public func previousName(ofTable newName: QualifiedName) -> QualifiedName {
        let schema = movedTables[newName.key] ?? renamedSchemas[newName.schema] ?? newName.schema
        return QualifiedName(schema, renamedTables[newName.key] ?? newName.name)
    }
}
