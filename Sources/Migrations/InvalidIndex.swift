import Postgres
import SQLSyntax

/// An index whose build did not finish (`pg_index.indisvalid` is false), as a failed `CREATE INDEX CONCURRENTLY`
/// (or `REINDEX CONCURRENTLY`) leaves it: queries never use it, yet every write still maintains it.
public struct InvalidIndex: Sendable, Hashable, CustomStringConvertible {
    public let schema: String
    public let name: String
    /// The table it is on, schema-qualified.
    public let table: String
    /// Its definition (`pg_get_indexdef`).
    public let definition: String
    /// The session building it right now (`pg_stat_progress_create_index`), when one is: then it is not a leftover.
    public let buildingPID: Int?

    /// Schema-qualified, e.g. `public.orders_customer_idx` (unquoted: for messages).
    public var index: String { "\(schema).\(name)" }

    public var description: String {
        "\(singleLine(index)) on \(singleLine(table))"
            + (buildingPID.map { " (being built right now by pid \($0))" } ?? "") + ": \(singleLine(definition))"
    }

    /// Every invalid index of the connected database outside the system schemas and other sessions' temporary
    /// schemas, by name; partitioned indexes (invalid until every partition has its index) are not counted.
    public static func all(_ connection: Connection) throws -> [InvalidIndex] {
        try connection.query(
            """
            SELECT \(columns)
            \(from)
            WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(toast_)?temp_'
            ORDER BY n.nspname, c.relname
            """
        ).rows.map(InvalidIndex.init)
    }

    /// The invalid index named `name` on `table` (as a statement names them), unless a session is building it now.
    static func leftover(named name: String, on table: String, _ connection: Connection) throws -> InvalidIndex? {
        try connection.query(
            """
            SELECT \(columns)
            \(from)
            WHERE i.indrelid = to_regclass($1) AND c.relname = $2
            """, [table, name]
        ).rows.map(InvalidIndex.init).first { $0.buildingPID == nil }
    }

    /// Drops it without blocking writes; runs outside a transaction.
    var dropSQL: String { "DROP INDEX CONCURRENTLY IF EXISTS \(quoteIdentifier(schema)).\(quoteIdentifier(name))" }

    private static let columns = """
        n.nspname, c.relname, tn.nspname AS table_schema, t.relname AS table_name,
        pg_get_indexdef(c.oid) AS definition,
        (SELECT min(p.pid) FROM pg_stat_progress_create_index p WHERE p.index_relid = c.oid) AS building_pid
        """

    private static let from = """
        FROM pg_index i
        JOIN pg_class c ON c.oid = i.indexrelid AND c.relkind = 'i' AND NOT i.indisvalid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_class t ON t.oid = i.indrelid
        JOIN pg_namespace tn ON tn.oid = t.relnamespace
        """

    private init(_ row: Row) {
        schema = row.string("nspname")
        name = row.string("relname")
        table = "\(row.string("table_schema")).\(row.string("table_name"))"
        definition = row.string("definition")
        buildingPID = row.optionalInt("building_pid")
    }
}
