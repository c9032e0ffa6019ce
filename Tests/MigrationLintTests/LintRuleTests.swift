import MigrationLint
import Testing

/// One rule with SQL that must trigger it and SQL (doing the same job safely) that must not.
struct RuleCase: Sendable, CustomTestStringConvertible {
    let rule: LintRule
    let positive: String
    let negative: String
    var context = LintContext()
    var testDescription: String { rule.rawValue }
}

let ruleCases: [RuleCase] = [
    RuleCase(
        rule: .addNotNullColumnWithoutDefault,
        positive: "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN age int NOT NULL;",
        negative: "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN age int NOT NULL DEFAULT 0;"),
    RuleCase(
        rule: .setNotNullWithoutCheck,
        positive: "SET lock_timeout = '5s';\nALTER TABLE users ALTER COLUMN email SET NOT NULL;",
        negative: """
            SET lock_timeout = '5s';
            ALTER TABLE users ADD CONSTRAINT email_nn CHECK (email IS NOT NULL) NOT VALID;
            ALTER TABLE users VALIDATE CONSTRAINT email_nn;
            ALTER TABLE users ALTER COLUMN email SET NOT NULL;
            """),
    RuleCase(
        rule: .rewritingTypeChange,
        positive: "SET lock_timeout = '5s';\nALTER TABLE users ALTER COLUMN id TYPE bigint;",
        negative: "SET lock_timeout = '5s';\nALTER TABLE users ALTER COLUMN name TYPE text;"),
    RuleCase(
        rule: .tableRewrite,
        positive: "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN n bigserial;",
        negative: "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN created_at timestamptz DEFAULT now();"),
    RuleCase(
        rule: .indexWithoutConcurrently,
        positive: "SET lock_timeout = '5s';\nCREATE INDEX users_email ON users (email);",
        negative: "-- db:no-transaction\nCREATE INDEX CONCURRENTLY users_email ON users (email);"),
    RuleCase(
        rule: .constraintWithoutNotValid,
        positive:
            "SET lock_timeout = '5s';\nALTER TABLE posts ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id);",
        negative: """
            SET lock_timeout = '5s';
            ALTER TABLE posts ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
            ALTER TABLE posts VALIDATE CONSTRAINT fk;
            """),
    RuleCase(
        rule: .constraintBuildsIndex,
        positive: "SET lock_timeout = '5s';\nALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);",
        negative: """
            SET lock_timeout = '5s';
            ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_idx;
            """),
    RuleCase(
        rule: .reindexWithoutConcurrently,
        positive: "SET lock_timeout = '5s';\nREINDEX INDEX users_email_idx;",
        negative: "-- db:no-transaction\nREINDEX INDEX CONCURRENTLY users_email_idx;"),
    RuleCase(
        rule: .vacuumFull,
        positive: "VACUUM FULL users;",
        negative: "VACUUM users;"),
    RuleCase(
        rule: .cluster,
        positive: "SET lock_timeout = '5s';\nCLUSTER users USING users_pkey;",
        negative: "CREATE TABLE audit (id int PRIMARY KEY);\nCLUSTER audit USING audit_pkey;"),
    RuleCase(
        rule: .dropColumn,
        positive: "SET lock_timeout = '5s';\nALTER TABLE users DROP COLUMN legacy;",
        negative: "-- ALTER TABLE users DROP COLUMN legacy;\nSELECT 'ALTER TABLE users DROP COLUMN legacy';"),
    RuleCase(
        rule: .dropTable,
        positive: "SET lock_timeout = '5s';\nDROP TABLE legacy;",
        negative: "CREATE FUNCTION cleanup() RETURNS void LANGUAGE plpgsql AS $$ BEGIN DROP TABLE legacy; END $$;"),
    RuleCase(
        rule: .renameColumn,
        positive: "SET lock_timeout = '5s';\nALTER TABLE users RENAME COLUMN name TO full_name;",
        negative: "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN full_name text;"),
    RuleCase(
        rule: .renameTable,
        positive: "SET lock_timeout = '5s';\nALTER TABLE users RENAME TO accounts;",
        negative: "CREATE VIEW accounts AS SELECT * FROM users;"),
    RuleCase(
        rule: .enumValueUsedInSameTransaction,
        positive: "ALTER TYPE status ADD VALUE 'archived';\nUPDATE posts SET status = 'archived' WHERE id = 1;",
        negative: "ALTER TYPE status ADD VALUE 'archived';"),
    RuleCase(
        rule: .functionSettingsLost,
        positive: "CREATE OR REPLACE FUNCTION report() RETURNS int LANGUAGE sql AS 'SELECT 1';",
        negative: """
            CREATE OR REPLACE FUNCTION report() RETURNS int LANGUAGE sql AS 'SELECT 1';
            ALTER FUNCTION report() SET statement_timeout = '5s';
            """,
        context: LintContext(functionSettings: ["report": ["statement_timeout"]])),
    RuleCase(
        rule: .rlsWithoutForce,
        positive: "CREATE TABLE notes (id int);\nALTER TABLE notes ENABLE ROW LEVEL SECURITY;",
        negative: "CREATE TABLE notes (id int);\nALTER TABLE notes ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY;"
    ),
    RuleCase(
        rule: .policyWithoutRole,
        positive: "CREATE POLICY p ON notes USING (true);",
        negative: "CREATE POLICY p ON notes TO app_user USING (true);"),
    RuleCase(
        rule: .tenantTableWithoutRLS,
        positive: "CREATE TABLE invoices (id int, organization_id uuid);",
        negative: """
            CREATE TABLE invoices (id int, organization_id uuid);
            ALTER TABLE invoices ENABLE ROW LEVEL SECURITY;
            ALTER TABLE invoices FORCE ROW LEVEL SECURITY;
            """),
    RuleCase(
        rule: .missingLockTimeout,
        positive: "ALTER TABLE users ADD COLUMN nickname text;",
        negative: "SET lock_timeout = '5s';\nALTER TABLE users ADD COLUMN nickname text;"),
]

@Suite struct LintRuleTests {
    @Test(arguments: ruleCases) func ruleFiresOnTheHazard(_ ruleCase: RuleCase) throws {
        let findings = try MigrationLinter(context: ruleCase.context).lint([
            LintInput(name: "m.sql", sql: ruleCase.positive)
        ])
        let finding = try #require(findings.first { $0.rule == ruleCase.rule })
        #expect(finding.severity == ruleCase.rule.defaultSeverity)
        #expect(finding.rendered.hasPrefix("m.sql:\(finding.line): "))
        #expect(finding.rendered.contains("[\(ruleCase.rule.rawValue)]"))
    }

    @Test(arguments: ruleCases) func ruleStaysQuietOnTheSafePattern(_ ruleCase: RuleCase) throws {
        let findings = try MigrationLinter(context: ruleCase.context).lint([
            LintInput(name: "m.sql", sql: ruleCase.negative)
        ])
        #expect(!findings.contains { $0.rule == ruleCase.rule })
    }

    @Test func everyRuleHasACase() {
        #expect(Set(ruleCases.map(\.rule)) == Set(LintRule.allCases))
    }

    @Test func findingsNameTheStatementLine() throws {
        let sql = "SET lock_timeout = '5s';\n\n-- a comment\nALTER TABLE users DROP COLUMN legacy;"
        let findings = try MigrationLinter().lint([LintInput(name: "20260101000000_x.sql", sql: sql)])
        #expect(findings.map(\.line) == [4])
    }

    @Test func ignoreCommentSilencesARule() throws {
        let sql = "-- db:lint-ignore drop-table\nSET lock_timeout = '5s';\nDROP TABLE legacy;"
        #expect(try MigrationLinter().lint([LintInput(name: "m.sql", sql: sql)]).isEmpty)
    }

    @Test func lockFindingsNameTheModeAndWhatItBlocks() throws {
        let sql = "SET lock_timeout = '5s';\nCREATE INDEX users_email ON users (email);"
        let finding = try #require(try MigrationLinter().lint([LintInput(name: "m.sql", sql: sql)]).first)
        #expect(finding.rule == .indexWithoutConcurrently)
        #expect(finding.message.contains("SHARE lock on users, blocking writes"))
    }

    /// Rewrites the lock table knows from the parse tree alone; a default that calls a function needs the catalog
    /// (`now()` is stable, `random()` volatile), so without one it is not reported.
    @Test(arguments: [
        "ALTER TABLE users ADD COLUMN n serial",
        "ALTER TABLE users ADD COLUMN n int GENERATED ALWAYS AS IDENTITY",
        "ALTER TABLE users ADD COLUMN total int GENERATED ALWAYS AS (a + b) STORED",
        "ALTER TABLE users SET LOGGED",
        "ALTER TABLE users SET UNLOGGED",
        "ALTER TABLE users SET TABLESPACE archive",
        "REFRESH MATERIALIZED VIEW report",
    ]) func tableRewritesAreReported(_ statement: String) throws {
        let findings = try MigrationLinter().lint([
            LintInput(name: "m.sql", sql: "SET lock_timeout = '5s';\n\(statement);")
        ])
        #expect(findings.map(\.rule) == [.tableRewrite])
        #expect(findings.first?.message.contains("ACCESS EXCLUSIVE lock on") == true)
    }

    @Test func unsettledDefaultsAndNewTablesAreNotReportedAsRewrites() throws {
        let sql = """
            SET lock_timeout = '5s';
            ALTER TABLE users ADD COLUMN token float8 DEFAULT random();
            CREATE TABLE audit (id int);
            ALTER TABLE audit ADD COLUMN n bigserial, SET UNLOGGED;
            """
        #expect(try MigrationLinter().lint([LintInput(name: "m.sql", sql: sql)]).isEmpty)
    }

    @Test func rebuildsOfTablesCreatedInTheSameFileAreNotFlagged() throws {
        let sql = """
            CREATE TABLE audit (id int, email text);
            ALTER TABLE audit ADD CONSTRAINT audit_email UNIQUE (email), ADD PRIMARY KEY (id);
            CREATE INDEX audit_email_idx ON audit (email);
            REINDEX INDEX audit_email_idx;
            REINDEX TABLE audit;
            CLUSTER audit USING audit_email_idx;
            VACUUM FULL audit;
            ALTER TABLE audit ALTER COLUMN id TYPE bigint;
            """
        #expect(try MigrationLinter().lint([LintInput(name: "m.sql", sql: sql)]).isEmpty)
    }

    @Test func aForeignKeyToAnExistingTableNeedsALockTimeout() throws {
        let sql = "CREATE TABLE posts (id int, user_id int REFERENCES users (id));"
        let findings = try MigrationLinter().lint([LintInput(name: "m.sql", sql: sql)])
        #expect(findings.map(\.rule) == [.missingLockTimeout])
    }

    @Test func settingsFromEarlierFilesCarryForward() throws {
        let first = LintInput(
            name: "1.sql",
            sql: "CREATE FUNCTION report() RETURNS int LANGUAGE sql SET statement_timeout = '5s' AS 'SELECT 1';")
        let second = LintInput(
            name: "2.sql", sql: "CREATE OR REPLACE FUNCTION report() RETURNS int LANGUAGE sql AS 'SELECT 2';")
        let findings = try MigrationLinter().lint([first, second])
        #expect(findings.map(\.rule) == [.functionSettingsLost])
        #expect(findings.first?.file == "2.sql")
    }
}
