/// A logical-replication publication: `CREATE PUBLICATION name FOR TABLE … | FOR TABLES IN SCHEMA … |
/// FOR ALL TABLES WITH (publish = …, publish_via_partition_root = …)`.
///
/// Publications belong to no schema; the catalog keys them by name and keeps those that name no table or schema
/// outside the catalog's schemas (see `Catalog.filtered(toSchemas:)`).
public struct Publication: Hashable, Codable, Sendable {
    /// One `TABLE` entry: the table, its column list (`nil`: every column) and its row filter.
    public struct Member: Hashable, Codable, Sendable {
        public var table: QualifiedName
        /// The published columns, in table order; `nil` when the publication publishes every column.
        public var columns: [String]?
        /// The `WHERE (…)` row filter as Postgres prints it, without the outer parentheses.
        public var rowFilter: String?

        public init(table: QualifiedName, columns: [String]? = nil, rowFilter: String? = nil) {
            self.table = table
            self.columns = columns
            self.rowFilter = rowFilter
        }
    }

    /// A DML operation a publication publishes.
    public enum Operation: String, Hashable, Codable, Sendable, CaseIterable {
        case insert, update, delete, truncate
    }

    public var name: String
    /// `FOR ALL TABLES`; `members` and `schemas` are empty then.
    public var allTables: Bool
    /// `FOR TABLE` entries, sorted by table.
    public var members: [Member]
    /// `FOR TABLES IN SCHEMA` schemas, sorted.
    public var schemas: [String]
    /// The `publish` option, in the order of `Operation.allCases`.
    public var operations: [Operation]
    /// `publish_via_partition_root`.
    public var viaPartitionRoot: Bool
    public var comment: String?
    /// The owning role; `nil` when unknown or not managed.
    public var owner: String?

    public init(
        name: String, allTables: Bool = false, members: [Member] = [], schemas: [String] = [],
        operations: [Operation] = Operation.allCases, viaPartitionRoot: Bool = false, comment: String? = nil,
        owner: String? = nil
    ) {
        self.name = name
        self.allTables = allTables
        self.members = members.sorted { $0.table < $1.table }
        self.schemas = schemas.sorted()
        self.operations = Operation.allCases.filter(operations.contains)
        self.viaPartitionRoot = viaPartitionRoot
        self.comment = comment
        self.owner = owner
    }

    /// The schemas this publication names: those of its tables and its `TABLES IN SCHEMA` entries.
    public var namedSchemas: Set<String> { Set(members.map(\.table.schema)).union(schemas) }
}
