import Postgres

/// What a relation name as a statement writes it refers to now, schema-qualified; `nil` where there is none.
struct ResolvedName: Hashable, Sendable {
    /// The relation the name resolves to (`to_regclass`).
    var relation: RelationName?
    /// When it names an index: the index's table.
    var tableOfIndex: RelationName?
    /// When it names a partitioned table with a default partition: that partition.
    var defaultPartition: RelationName?
}

/// The catalog questions about relation names, each kind answered for every name in one query.
enum RelationResolution {
    /// What each of `names` refers to now, in one query whatever their number. A name that resolves to nothing
    /// maps to an empty `ResolvedName`.
    static func resolve(_ names: Set<RelationName>, on connection: Connection) throws -> [RelationName: ResolvedName] {
        let unique = Array(names)
        guard !unique.isEmpty else { return [:] }
        let rows = try connection.query(
            """
            SELECT w.position::int AS position,
                   rn.nspname AS relation_schema, r.relname AS relation_name,
                   tn.nspname AS table_schema, t.relname AS table_name,
                   dn.nspname AS default_schema, d.relname AS default_name
            FROM jsonb_array_elements_text($1::jsonb) WITH ORDINALITY AS w(name, position)
            LEFT JOIN pg_class r ON r.oid = to_regclass(w.name)
            LEFT JOIN pg_namespace rn ON rn.oid = r.relnamespace
            LEFT JOIN pg_index i ON i.indexrelid = r.oid
            LEFT JOIN pg_class t ON t.oid = i.indrelid
            LEFT JOIN pg_namespace tn ON tn.oid = t.relnamespace
            LEFT JOIN pg_partitioned_table p ON p.partrelid = r.oid AND p.partdefid <> 0
            LEFT JOIN pg_class d ON d.oid = p.partdefid
            LEFT JOIN pg_namespace dn ON dn.oid = d.relnamespace
            """, [try RelationName.jsonArrayParameter(unique)]
        ).rows
        var resolved: [RelationName: ResolvedName] = [:]
        for row in rows {
            func name(_ prefix: String) -> RelationName? {
                row["\(prefix)_name"].map { RelationName(schema: row.string("\(prefix)_schema"), $0) }
            }
            resolved[unique[row.int("position") - 1]] = ResolvedName(
                relation: name("relation"), tableOfIndex: name("table"), defaultPartition: name("default"))
        }
        return resolved
    }

    /// The partitions and inheritance children at every level of each of `tables` (as `resolve` names them),
    /// sorted by schema and name, in one query whatever their number. A table without any maps to `[]`.
    static func descendants(of tables: Set<RelationName>, on connection: Connection) throws
        -> [RelationName: [RelationName]]
    {
        let unique = Array(tables)
        guard !unique.isEmpty else { return [:] }
        let rows = try connection.query(
            """
            WITH RECURSIVE roots AS (
                SELECT w.position::int AS position, to_regclass(w.name) AS oid
                FROM jsonb_array_elements_text($1::jsonb) WITH ORDINALITY AS w(name, position)
            ), tree(position, oid) AS (
                SELECT r.position, i.inhrelid FROM roots r JOIN pg_inherits i ON i.inhparent = r.oid
                UNION SELECT tree.position, i.inhrelid FROM pg_inherits i JOIN tree ON i.inhparent = tree.oid)
            SELECT tree.position, n.nspname, c.relname FROM tree JOIN pg_class c ON c.oid = tree.oid
            JOIN pg_namespace n ON n.oid = c.relnamespace ORDER BY 1, 2, 3
            """, [try RelationName.jsonArrayParameter(unique)]
        ).rows
        var descendants = Dictionary(uniqueKeysWithValues: unique.map { ($0, [RelationName]()) })
        for row in rows {
            descendants[unique[row.int("position") - 1]]?.append(
                RelationName(schema: row.string("nspname"), row.string("relname")))
        }
        return descendants
    }
}
