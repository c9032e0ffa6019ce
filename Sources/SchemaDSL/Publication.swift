import Catalog

/// A logical-replication publication. It belongs to no schema; `db pull` writes it with the first schema it names.
///
/// ```swift
/// Publication("orders_pub")
///     .table(Orders.table, columns: "id", "total", where: "total > 0")
///     .tables(inSchema: "audit")
///     .publish(.insert, .update)
/// Publication.allTables("everything")
/// ```
public struct Publication: Sendable {
    struct Member: Sendable {
        var table: QualifiedName
        var columns: [String]?
        var rowFilter: String?
    }

    let name: String
    let allTables: Bool
    let location: SourceLocation
    var members: [Member] = []
    var schemas: [String] = []
    var operations = PublicationOperation.allCases
    var publishesViaPartitionRoot = false
    var comment: String?
    var owner: String?

    /// A publication `name` of the tables and schemas added with `table(_:columns:where:)` and `tables(inSchema:)`
    /// (none: an empty publication).
    public init(_ name: String, fileID: String = #fileID, line: Int = #line) {
        self.init(name, allTables: false, location: SourceLocation(fileID: fileID, line: line))
    }

    /// `FOR ALL TABLES`: every table of the database, present and future.
    public static func allTables(_ name: String, fileID: String = #fileID, line: Int = #line) -> Publication {
        Publication(name, allTables: true, location: SourceLocation(fileID: fileID, line: line))
    }

    private init(_ name: String, allTables: Bool, location: SourceLocation) {
        self.name = name
        self.allTables = allTables
        self.location = location
    }

    /// `TABLE t [(columns)] [WHERE (filter)]`: publishes `table`, only `columns` when given (in table order), only
    /// rows matching the SQL `filter` when given.
    public func table(_ table: TableReference, columns: String..., where filter: String? = nil) -> Publication {
        with { $0.members.append(Member(table: table.name, columns: columns.isEmpty ? nil : columns, rowFilter: filter)) }
    }

    /// `TABLES IN SCHEMA schema`: every table of the schema, present and future.
    public func tables(inSchema schema: String) -> Publication { with { $0.schemas.append(schema) } }

    /// `WITH (publish = …)`: the operations published (default: all four).
    public func publish(_ operations: PublicationOperation...) -> Publication { with { $0.operations = operations } }

    /// `WITH (publish_via_partition_root = true)`: changes to partitions are published as the root table's.
    public func viaPartitionRoot() -> Publication { with { $0.publishesViaPartitionRoot = true } }

    /// `COMMENT ON PUBLICATION`.
    public func comment(_ text: String) -> Publication { with { $0.comment = text } }

    /// `ALTER PUBLICATION … OWNER TO role`, applied and compared only with `--owners`.
    public func owner(_ role: String) -> Publication { with { $0.owner = role } }

    var catalogPublication: CatalogPublication {
        CatalogPublication(
            name: name, allTables: allTables,
            members: members.map {
                CatalogPublication.Member(table: $0.table, columns: $0.columns, rowFilter: $0.rowFilter)
            },
            schemas: schemas, operations: operations, viaPartitionRoot: publishesViaPartitionRoot, comment: comment,
            owner: owner)
    }
}
