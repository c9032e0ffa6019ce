import Catalog
import Testing

@testable import Diff

@Suite struct PlannerOrderTests {
    private func position(_ changes: [Change], _ prefix: String) throws -> Int {
        try #require(changes.firstIndex { $0.sql.hasPrefix(prefix) }, "no statement starting with \(prefix)")
    }

    @Test func createScriptFollowsDependencies() throws {
        let changes = diff(from: Catalog(), to: Sample.full)
        let sql = changes.map(\.sql)
        #expect(sql.first == "CREATE SCHEMA \"app\"")
        let schema = try position(changes, "CREATE SCHEMA")
        let ext = try position(changes, "CREATE EXTENSION IF NOT EXISTS \"pgcrypto\"")
        let type = try position(changes, "CREATE TYPE \"app\".\"status\"")
        let sequence = try position(changes, "CREATE SEQUENCE \"app\".\"user_no_seq\"")
        let slug = try position(changes, "CREATE OR REPLACE FUNCTION app.slug")
        let touch = try position(changes, "CREATE OR REPLACE FUNCTION app.touch")
        let users = try position(changes, "CREATE TABLE \"app\".\"users\"")
        let orgs = try position(changes, "CREATE TABLE \"app\".\"orgs\"")
        let ownedBy = try position(changes, "ALTER SEQUENCE \"app\".\"user_no_seq\" OWNED BY")
        let usersFK = try position(changes, "ALTER TABLE \"app\".\"users\" ADD CONSTRAINT \"users_org_fkey\"")
        let orgsFK = try position(changes, "ALTER TABLE \"app\".\"orgs\" ADD CONSTRAINT \"orgs_owner_fkey\"")
        let index = try position(changes, #"CREATE INDEX "users_status_idx""#)
        let trigger = try position(changes, "CREATE TRIGGER users_touch")
        let view = try position(changes, "CREATE VIEW \"app\".\"active_users\"")
        let policy = try position(changes, "CREATE POLICY \"users_self\"")
        let setting = try position(changes, "ALTER FUNCTION \"app\".\"touch\"() SET \"statement_timeout\"")
        #expect(schema < ext && ext < type && type < users)
        #expect(sequence < users && users < ownedBy)
        #expect(slug < orgs, "the CHECK calls app.slug")
        #expect(touch < trigger && touch < setting && setting == touch + 1)
        #expect(users < usersFK && orgs < usersFK && users < orgsFK && orgs < orgsFK)
        #expect(users < index && users < view && users < policy)
        #expect(changes.filter(\.isDestructive).isEmpty)
    }

    @Test func dropScriptIsTheReverse() throws {
        let changes = diff(from: Sample.full, to: Catalog())
        let view = try position(changes, "DROP VIEW")
        let users = try position(changes, "DROP TABLE \"app\".\"users\"")
        let orgs = try position(changes, "DROP TABLE \"app\".\"orgs\"")
        let type = try position(changes, "DROP TYPE \"app\".\"status\"")
        let touch = try position(changes, "DROP FUNCTION \"app\".\"touch\"()")
        let slug = try position(changes, "DROP FUNCTION \"app\".\"slug\"(t text)")
        let schema = try position(changes, "DROP SCHEMA \"app\"")
        #expect(view < users && users < type && orgs < slug && users < touch)
        #expect(changes.last?.sql == "DROP SCHEMA \"app\"" || schema > type)
        #expect(!changes.contains { $0.sql.hasPrefix("DROP SEQUENCE") }, "an owned sequence goes with its table")
        #expect(!changes.contains { $0.sql.hasPrefix("DROP TRIGGER") || $0.sql.hasPrefix("DROP INDEX") })
        #expect(changes.contains { $0.sql == "ALTER TABLE \"app\".\"users\" DROP CONSTRAINT \"users_org_fkey\"" })
    }

    @Test func identicalCatalogsGiveNoChanges() {
        #expect(diff(from: Sample.full, to: Sample.full).isEmpty)
    }

    @Test func outputIsDeterministic() {
        let first = diff(from: Catalog(), to: Sample.full).map(\.sql)
        for _ in 0..<5 { #expect(diff(from: Catalog(), to: Sample.full).map(\.sql) == first) }
    }
}

