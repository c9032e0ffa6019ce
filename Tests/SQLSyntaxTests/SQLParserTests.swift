import SQLSyntax
import Testing

@Suite struct SQLParserTests {
    @Test func splitKeepsDollarQuotedBodiesAndReportsLines() throws {
        let script = """
            -- header
            CREATE TABLE a (id int);

            CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;
            INSERT INTO a VALUES (';');
            """
        let statements = try SQLParser.split(script)
        #expect(statements.count == 3)
        #expect(statements.map(\.line) == [2, 4, 5])
        #expect(statements[1].text.contains("SELECT 1;"))
    }

    @Test func destructiveStatementsAreFoundInTheParseTreeOnly() throws {
        let script = """
            -- DROP TABLE users;
            CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN DROP TABLE x; END $$;
            SELECT 'DROP TABLE y';
            DROP TABLE app.posts;
            ALTER TABLE users DROP COLUMN email;
            DELETE FROM users;
            DELETE FROM users WHERE id = 1;
            TRUNCATE sessions;
            ALTER TYPE mood RENAME VALUE 'sad' TO 'blue';
            ALTER TABLE users DROP CONSTRAINT users_pkey;
            """
        let reasons = try SQLParser.parse(script).map { DestructiveStatements.reason(for: $0.node) }
        #expect(reasons[0] == nil)
        #expect(reasons[1] == nil)
        #expect(reasons[2] == "DROP TABLE app.posts")
        #expect(reasons[3] == "ALTER TABLE public.users DROP COLUMN email")
        #expect(reasons[4] == "DELETE without WHERE from public.users")
        #expect(reasons[5] == nil)
        #expect(reasons[6] == "TRUNCATE public.sessions")
        #expect(reasons[7] == "ALTER TYPE public.mood RENAME VALUE sad")
        #expect(reasons[8] == "ALTER TABLE public.users DROP CONSTRAINT users_pkey")
    }

    @Test func syntaxErrorNamesTheLine() throws {
        let error = #expect(throws: SQLSyntaxError.self) { try SQLParser.parse("SELECT 1;\nSELEC 2;") }
        #expect(error?.line == 2)
    }

    @Test func quotingDoublesEmbeddedQuotes() {
        #expect(quoteIdentifier("we\"ird name") == "\"we\"\"ird name\"")
        #expect(quoteLiteral("it's") == "'it''s'")
        #expect(quoteLiteral("a\\b") == "E'a\\\\b'")
        #expect(identifierProblem(String(repeating: "x", count: 64)) != nil)
        #expect(identifierProblem("users") == nil)
    }

    @Test func parseSkipsDecodingWhenNoNodeOfInterestIsPresent() throws {
        let kinds = DestructiveStatements.nodeKinds
        #expect(
            try SQLParser.parse("CREATE TABLE a (id int); SELECT 'DropStmt x';", onlyIfMentioning: ["TruncateStmt"])
                .isEmpty)
        #expect(try SQLParser.parse("CREATE TABLE a (id int); DROP TABLE a;", onlyIfMentioning: kinds).count == 2)
        #expect(throws: SQLSyntaxError.self) { try SQLParser.parse("DROPP TABLE a;", onlyIfMentioning: kinds) }
    }
}
