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

    public init(
        renamedSchemas: [String: String] = [:], renamedTables: [String: String] = [:],
        renamedColumns: [String: [String: String]] = [:], renamedIndexes: [String: [String: String]] = [:],
        renamedConstraints: [String: [String: String]] = [:], renamedEnumLabels: [String: [String: String]] = [:],
        concurrentIndexes: Set<String> = []
    ) {
        self.renamedSchemas = renamedSchemas
        self.renamedTables = renamedTables
        self.renamedColumns = renamedColumns
        self.renamedIndexes = renamedIndexes
        self.renamedConstraints = renamedConstraints
        self.renamedEnumLabels = renamedEnumLabels
        self.concurrentIndexes = concurrentIndexes
    }
}
