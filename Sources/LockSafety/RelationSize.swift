import Postgres

/// How big a relation is now: its rows and the bytes a rewrite or a scan goes through.
public struct RelationSize: Hashable, Sendable {
    /// Where `rows` comes from.
    public enum RowSource: String, Hashable, Sendable, Codable {
        /// `pg_class.reltuples`, as of the last `VACUUM`, `ANALYZE` or `CREATE INDEX`.
        case reltuples
        /// `pg_stat_user_tables.n_live_tup`: the table was never analysed (`reltuples` is -1).
        case liveTuples = "n_live_tup"
        /// The relation does not exist yet (an earlier pending statement creates it): empty.
        case new
    }

    public var relation: RelationName
    public var rows: Int
    public var rowSource: RowSource
    /// `pg_total_relation_size`: table, TOAST and every index; what a rewrite writes anew.
    public var totalBytes: Int
    /// `pg_table_size`: table and TOAST without indexes; what a scan reads.
    public var tableBytes: Int

    public init(relation: RelationName, rows: Int, rowSource: RowSource, totalBytes: Int, tableBytes: Int) {
        self.relation = relation
        self.rows = rows
        self.rowSource = rowSource
        self.totalBytes = totalBytes
        self.tableBytes = tableBytes
    }

    /// A relation that does not exist yet.
    public static func new(_ relation: RelationName) -> RelationSize {
        RelationSize(relation: relation, rows: 0, rowSource: .new, totalBytes: 0, tableBytes: 0)
    }

    /// Whether the relation exists now (other sessions can be using it).
    public var exists: Bool { rowSource != .new }

    /// `1.2 M rows, 58 MB` (or `new`), for messages.
    public var summary: String {
        exists ? "\(SizeText.rows(rows)), \(SizeText.bytes(totalBytes))" : "new"
    }

    /// The sizes of `relations` (as `CatalogRefinement` resolves them, or as written when they do not exist yet),
    /// read in one catalog query whatever their number. A name that resolves to no relation is `new`.
    public static func lookup(_ relations: [RelationName], on connection: Connection) throws
        -> [RelationName: RelationSize]
    {
        let unique = Array(Set(relations))
        guard !unique.isEmpty else { return [:] }
        let rows = try connection.query(
            """
            SELECT w.position::int AS position, c.oid IS NOT NULL AS present,
                   CASE WHEN c.reltuples >= 0 THEN c.reltuples::bigint END AS reltuples,
                   s.n_live_tup, pg_total_relation_size(c.oid) AS total_bytes, pg_table_size(c.oid) AS table_bytes
            FROM jsonb_array_elements_text($1::jsonb) WITH ORDINALITY AS w(name, position)
            LEFT JOIN pg_class c ON c.oid = to_regclass(w.name)
            LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid
            """, [try RelationName.jsonArrayParameter(unique)]
        ).rows
        var sizes: [RelationName: RelationSize] = [:]
        for row in rows {
            let relation = unique[row.int("position") - 1]
            guard row.bool("present") else {
                sizes[relation] = .new(relation)
                continue
            }
            let analysed = row.optionalInt("reltuples")
            sizes[relation] = RelationSize(
                relation: relation, rows: analysed ?? row.int("n_live_tup"),
                rowSource: analysed == nil ? .liveTuples : .reltuples, totalBytes: row.int("total_bytes"),
                tableBytes: row.int("table_bytes"))
        }
        return sizes
    }
}
