import Postgres

/// A column type change as SQL type text: `from` as `format_type` prints the column's type, `to` as written.
struct TypeChange: Hashable, Sendable {
    var from: String
    var to: String
}

/// Whether Postgres rewrites a table to change a column's type: Postgres itself runs the `ALTER COLUMN … TYPE` on
/// an empty temporary table, and the table counts as rewritten when its storage file changed (or when the change
/// fails: it needs `USING`, so the real statement fails or rewrites).
enum TypeChangeProbe {
    /// The answer for each of `changes`, each distinct change probed once, all of them in one transaction that is
    /// rolled back (nothing stays behind) and one query whatever their number. The connection must not be inside a
    /// transaction.
    static func rewrites(_ changes: Set<TypeChange>, on connection: Connection) throws -> [TypeChange: Bool] {
        let unique = Array(changes)
        guard !unique.isEmpty else { return [:] }
        defer { _ = try? connection.execute("ROLLBACK") }
        try connection.execute(
            """
            BEGIN;
            CREATE FUNCTION pg_temp.db_type_change_rewrites(old_type text, new_type text) RETURNS boolean
            LANGUAGE plpgsql AS $$
            DECLARE
                before oid;
                rewritten boolean := true;
            BEGIN
                EXECUTE format('CREATE TEMPORARY TABLE db_lock_probe (probe %s)', old_type);
                before := pg_relation_filenode(to_regclass('pg_temp.db_lock_probe'));
                BEGIN
                    EXECUTE format('ALTER TABLE pg_temp.db_lock_probe ALTER COLUMN probe TYPE %s', new_type);
                    rewritten := pg_relation_filenode(to_regclass('pg_temp.db_lock_probe')) IS DISTINCT FROM before;
                EXCEPTION WHEN OTHERS THEN
                    NULL;
                END;
                DROP TABLE pg_temp.db_lock_probe;
                RETURN rewritten;
            END $$
            """)
        let rows = try connection.query(
            """
            SELECT w.position::int AS position, pg_temp.db_type_change_rewrites(w.pair->>0, w.pair->>1) AS rewrites
            FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS w(pair, position)
            """, [try jsonQueryParameter(unique.map { [$0.from, $0.to] })]
        ).rows
        return Dictionary(uniqueKeysWithValues: rows.map { (unique[$0.int("position") - 1], $0.bool("rewrites")) })
    }
}
