import SQLSyntax
import Testing

@Suite struct DataLossRulesTests {
    private func reasons(_ sql: String, context: DataLossContext = DataLossContext()) throws -> [String?] {
        try SQLParser.parse(sql).map { DestructiveStatements.reason(for: $0.node, context: context) }
    }

    @Test func lossesThatAreNotDropsAreFound() throws {
        let found = try reasons(
            """
            ALTER TABLE app.users ALTER COLUMN age TYPE int USING NULL;
            ALTER TABLE users ALTER COLUMN age TYPE int USING 0;
            ALTER TABLE users ALTER COLUMN age TYPE int USING age::int;
            ALTER TABLE users ALTER COLUMN age TYPE bigint;
            UPDATE users SET email = lower(email), name = 'x';
            UPDATE users SET email = lower(email) WHERE id = 1;
            TRUNCATE app.sessions CASCADE;
            DROP TABLE a, app.b CASCADE;
            DROP FUNCTION f(int);
            DROP TRIGGER t ON app.a;
            DROP SCHEMA app;
            """)
        #expect(
            found == [
                "ALTER TABLE app.users ALTER COLUMN age TYPE … USING an expression without the column replaces "
                    + "every value of app.users.age",
                "ALTER TABLE public.users ALTER COLUMN age TYPE … USING an expression without the column replaces "
                    + "every value of public.users.age",
                nil,
                nil,
                "UPDATE without WHERE overwrites public.users.email, public.users.name",
                nil,
                "TRUNCATE app.sessions CASCADE (and everything that depends on it)",
                "DROP TABLE public.a, app.b CASCADE (and everything that depends on it)",
                "DROP FUNCTION public.f",
                "DROP TRIGGER t ON app.a",
                "DROP SCHEMA app",
            ])
    }

    @Test func lossesWrappedInOtherStatementsOrBehindAConstantFilterAreFound() throws {
        let found = try reasons(
            """
            WITH gone AS (DELETE FROM logs RETURNING id) SELECT count(*) FROM gone;
            WITH x AS (DELETE FROM a RETURNING 1) DELETE FROM b WHERE id = 1;
            EXPLAIN ANALYZE DELETE FROM logs;
            EXPLAIN DELETE FROM logs;
            PREPARE purge AS DELETE FROM logs;
            COPY (DELETE FROM logs RETURNING *) TO STDOUT;
            CREATE RULE purge AS ON INSERT TO events DO ALSO DELETE FROM logs;
            MERGE INTO logs USING (SELECT 1) s ON true WHEN MATCHED THEN DELETE;
            MERGE INTO logs l USING src s ON l.id = s.id WHEN MATCHED THEN DELETE;
            MERGE INTO logs USING (SELECT 1) s ON true WHEN MATCHED THEN UPDATE SET note = NULL;
            DELETE FROM logs WHERE true;
            UPDATE logs SET note = NULL WHERE 1 = 1;
            DELETE FROM logs WHERE id < 10;
            DROP OWNED BY app_user CASCADE;
            CREATE FUNCTION f() RETURNS void LANGUAGE sql BEGIN ATOMIC DELETE FROM logs; END;
            """)
        #expect(
            found == [
                "DELETE without WHERE from public.logs",
                "DELETE without WHERE from public.a",
                "DELETE without WHERE from public.logs",
                nil,
                "DELETE without WHERE from public.logs",
                "DELETE without WHERE from public.logs",
                "DELETE without WHERE from public.logs",
                "MERGE … DELETE with an ON condition that names no column from public.logs",
                nil,
                "MERGE … UPDATE with an ON condition that names no column overwrites public.logs.note",
                "DELETE with a WHERE that names no column from public.logs",
                "UPDATE with a WHERE that names no column overwrites public.logs.note",
                nil,
                "DROP OWNED BY app_user (every object they own in this database) CASCADE (and everything that "
                    + "depends on it)",
                nil,
            ])
    }

    @Test func fillingWhatThePendingFilesCreatedIsABackfill() throws {
        var context = DataLossContext(defaultSchema: "app")
        for statement in try SQLParser.parse(
            "CREATE TABLE fresh (id int); ALTER TABLE users ADD COLUMN nickname text, ADD COLUMN age int;")
        {
            context.record(statement.node)
        }
        let found = try reasons(
            """
            UPDATE fresh SET id = 1;
            UPDATE users SET nickname = name;
            UPDATE app.users SET nickname = name, email = '';
            ALTER TABLE users ALTER COLUMN age TYPE bigint USING 0;
            """, context: context)
        #expect(found == [nil, nil, "UPDATE without WHERE overwrites app.users.email", nil])
    }

    @Test func doBlocksExposeTheStatementsTheyRunWithTheirLines() throws {
        let sql = """
            SELECT 1;
            DO $$
            BEGIN
              IF true THEN
                DROP TABLE junk;
              END IF;
              EXECUTE 'TRUNCATE app.logs';
              EXECUTE format('DROP TABLE %I', 'x');
            END $$;
            """
        let statement = try SQLParser.parse(sql)[1]
        let inner = try #require(RoutineBody.statements(of: statement))
        var found: [String] = []
        for item in inner {
            switch item.content {
            case .statement(let node):
                if let reason = DestructiveStatements.reason(for: node) { found.append("\(item.line): \(reason)") }
            case .unchecked(let why): found.append("\(item.line): \(why)")
            case .expression: continue
            }
        }
        #expect(
            found == [
                "5: DROP TABLE public.junk", "7: TRUNCATE app.logs",
                "8: EXECUTE of a string computed at run time cannot be checked",
            ])
    }
}
