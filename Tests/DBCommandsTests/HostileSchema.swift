import Foundation
import SQLSyntax

/// Two schemas built from hostile text: for every piece of `pieces`, a Postgres schema whose name holds the piece, and
/// in it objects of every kind whose names, enum labels, comments, defaults, CHECKs, index predicates, policy
/// expressions, view bodies and function settings hold it too. Side `a` and side `b` differ in every way a diff can
/// (objects only on one side, changed defaults, comments, labels, predicates, policies and settings), and share
/// tables with rows (`keep`, and a table per piece) that a migration between them must not lose.
enum HostileSchema {
    enum Side: String { case a, b }

    /// Pieces that try to end a comment line and start a statement, or to break out of quoting.
    static let pieces = [
        "\n", "\r", "\r\n", "--", "/*", "*/", ";", "'", "\"", "\\", "$$", "ü€😀", "\u{2028}", "\t",
        "\nDROP TABLE keep; --", "\r\nDROP TABLE keep; /*",
    ]

    /// A role granted privileges on side `b` (roles are cluster-wide, so it is created once, outside the sides).
    static let role = "reader\n--'\"ü"

    /// The statements creating one side.
    static func sql(_ side: Side) -> String {
        var sql = "CREATE TABLE keep (id int PRIMARY KEY);\nINSERT INTO keep VALUES (1), (2), (3);\n"
        for (index, piece) in pieces.enumerated() { sql += objects(index, piece, side) }
        for (index, piece) in pieces.enumerated() where side == .b { sql += databaseObjects(index, piece) }
        return sql
    }

    private static func objects(_ index: Int, _ piece: String, _ side: Side) -> String {
        let schema = quoteIdentifier("s\(index)\(piece)")
        func name(_ kind: String) -> String { quoteIdentifier(kind + piece + "x") }
        func qualified(_ kind: String) -> String { schema + "." + name(kind) }
        func text(_ kind: String) -> String { quoteLiteral(kind + piece + side.rawValue) }
        let table = qualified("table")
        let column = name("column")
        let labels = ["a", "b"] + (side == .b ? ["c"] : [])
        // Postgres truncates this name to 63 bytes, inside the multi-byte `€` when `piece` is one byte long.
        let truncated = quoteIdentifier(String(repeating: "m", count: 62) + piece + "€")
        var sql = """
            CREATE SCHEMA \(schema);
            COMMENT ON SCHEMA \(schema) IS \(text("schema comment"));
            CREATE TYPE \(qualified("mood")) AS ENUM (\(labels.map { quoteLiteral($0 + piece) }.joined(separator: ", ")));
            CREATE DOMAIN \(qualified("domain")) AS text CONSTRAINT \(name("domain check")) CHECK (VALUE <> \(text("")));
            CREATE TYPE \(qualified("composite")) AS (\(name("attribute")) text);
            CREATE SEQUENCE \(qualified("sequence " + side.rawValue));
            CREATE TABLE \(table) (
                id int PRIMARY KEY,
                \(column) text DEFAULT \(text("default")) CONSTRAINT \(name("check")) CHECK (\(column) <> \(text("check"))),
                \(name("mood")) \(qualified("mood")),
                \(name(side == .a ? "gone" : "added")) \(qualified("domain"))
            );
            INSERT INTO \(table) (id, \(column), \(name("mood"))) VALUES (1, 'x', \(quoteLiteral("a" + piece))), (2, \(quoteLiteral(piece)), NULL);
            COMMENT ON TABLE \(table) IS \(text("table comment"));
            COMMENT ON COLUMN \(table).\(column) IS \(text("column comment"));
            CREATE INDEX \(name("index")) ON \(table) (\(column)) WHERE \(column) <> \(text("predicate"));
            ALTER TABLE \(table) ENABLE ROW LEVEL SECURITY;
            CREATE POLICY \(name("policy")) ON \(table) USING (\(column) <> \(text("policy")));
            CREATE FUNCTION \(qualified("function"))(\(name("argument")) text) RETURNS text LANGUAGE sql
                AS $body$ SELECT \(name("argument")) || \(quoteLiteral(piece)) $body$;
            ALTER FUNCTION \(qualified("function"))(text) SET "hostile.note" = \(text("setting"));
            COMMENT ON FUNCTION \(qualified("function"))(text) IS \(text("function comment"));
            CREATE FUNCTION \(qualified("unnamed"))(text) RETURNS text LANGUAGE sql AS $body$ SELECT $1 $body$;
            CREATE FUNCTION \(qualified("touch"))() RETURNS trigger LANGUAGE plpgsql AS $body$ BEGIN RETURN NEW; END $body$;
            CREATE TRIGGER \(name("trigger " + side.rawValue)) BEFORE UPDATE ON \(table)
                FOR EACH ROW EXECUTE FUNCTION \(qualified("touch"))();
            CREATE VIEW \(qualified("view")) AS SELECT id, \(column) FROM \(table) WHERE \(column) <> \(text("view"));
            CREATE TABLE \(qualified("only " + side.rawValue)) (id int);
            CREATE TABLE \(schema).\(truncated) (id int);
            INSERT INTO \(schema).\(truncated) VALUES (1);

            """
        if side == .b {
            sql += """
                CREATE MATERIALIZED VIEW \(qualified("materialized")) AS SELECT id FROM \(table);
                GRANT SELECT ON \(table) TO \(quoteIdentifier(role));

                """
        }
        return sql
    }

    /// Event triggers and publications belong to the database, not to a schema.
    private static func databaseObjects(_ index: Int, _ piece: String) -> String {
        let schema = quoteIdentifier("s\(index)\(piece)")
        let function = schema + "." + quoteIdentifier("on ddl" + piece)
        return """
            CREATE FUNCTION \(function)() RETURNS event_trigger LANGUAGE plpgsql AS $body$ BEGIN END $body$;
            CREATE EVENT TRIGGER \(quoteIdentifier("event \(index)" + piece)) ON ddl_command_end EXECUTE FUNCTION \(function)();
            CREATE PUBLICATION \(quoteIdentifier("publication \(index)" + piece)) FOR TABLE \(schema).\(quoteIdentifier("table" + piece + "x"));

            """
    }
}
