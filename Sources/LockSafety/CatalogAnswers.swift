import Postgres

/// A column of an existing table, as `RelationResolution` names the table.
struct TableColumn: Hashable, Sendable {
    var table: RelationName
    var column: String
}

/// The answers to every `CatalogQuestion` of a plan, read together: one query per kind of question (column types,
/// function volatility) and one probe transaction for all type changes, whatever the number of statements.
struct CatalogAnswers {
    /// `format_type` of each asked column that exists.
    var columnTypes: [TableColumn: String] = [:]
    /// Whether each type change without `USING` rewrites the table.
    var typeChangeRewrites: [TypeChange: Bool] = [:]
    /// PostgreSQL 11+: a new column's default rewrites the table only when it is volatile (before, any default does).
    var defaultsAreCatalogOnly = true
    /// Whether each function a default calls is volatile (also when no function of that name is visible).
    var volatile: [[String]: Bool] = [:]

    /// The answers to `questions`, each asked about the existing `table` it names.
    static func read(
        _ questions: [(question: CatalogQuestion, table: RelationName)], on connection: Connection
    ) throws -> CatalogAnswers {
        var columns: Set<TableColumn> = []
        var functions: Set<[String]> = []
        for (question, table) in questions {
            switch question {
            case .columnType(let column, _, _): columns.insert(TableColumn(table: table, column: column))
            case .columnDefault(let called): functions.formUnion(called)
            }
        }
        var answers = CatalogAnswers()
        answers.columnTypes = try columnTypes(columns, on: connection)
        var changes: Set<TypeChange> = []
        for (question, table) in questions {
            guard case .columnType(let column, let newType, hasUsing: false) = question,
                let oldType = answers.columnTypes[TableColumn(table: table, column: column)]
            else { continue }
            changes.insert(TypeChange(from: oldType, to: newType))
        }
        answers.typeChangeRewrites = try TypeChangeProbe.rewrites(changes, on: connection)
        answers.defaultsAreCatalogOnly = connection.serverVersion >= 110000
        if answers.defaultsAreCatalogOnly { answers.volatile = try volatility(functions, on: connection) }
        return answers
    }

    private static func columnTypes(_ columns: Set<TableColumn>, on connection: Connection) throws
        -> [TableColumn: String]
    {
        let unique = Array(columns)
        guard !unique.isEmpty else { return [:] }
        let rows = try connection.query(
            """
            SELECT w.position::int AS position, format_type(a.atttypid, a.atttypmod) AS type
            FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS w(pair, position)
            JOIN pg_attribute a ON a.attrelid = to_regclass(w.pair->>0) AND a.attname = w.pair->>1
            WHERE a.attnum > 0 AND NOT a.attisdropped
            """, [try jsonQueryParameter(unique.map { [$0.table.regclassText, $0.column] })]
        ).rows
        return Dictionary(uniqueKeysWithValues: rows.map { (unique[$0.int("position") - 1], $0.string("type")) })
    }

    /// `true` for a qualified name (as written) when a function of that name is volatile or none is visible.
    private static func volatility(_ functions: Set<[String]>, on connection: Connection) throws -> [[String]: Bool] {
        let unique = Array(functions)
        guard !unique.isEmpty else { return [:] }
        let rows = try connection.query(
            """
            SELECT w.position::int AS position, coalesce((
                SELECT bool_or(p.provolatile = 'v') FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                WHERE p.proname = w.name->>1
                  AND CASE WHEN w.name->>0 IS NULL THEN pg_function_is_visible(p.oid) ELSE n.nspname = w.name->>0 END
            ), true) AS volatile
            FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS w(name, position)
            """,
            [try jsonQueryParameter(unique.map { [$0.count > 1 ? $0[$0.count - 2] : nil, $0.last ?? ""] })]
        ).rows
        return Dictionary(uniqueKeysWithValues: rows.map { (unique[$0.int("position") - 1], $0.bool("volatile")) })
    }
}
