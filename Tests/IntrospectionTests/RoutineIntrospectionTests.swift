import Catalog
import Testing

/// `Fixtures/introspection/routines.sql`: functions, overloads, procedures, settings, triggers.
@Suite struct RoutineIntrospectionTests {
    static let loaded = loadedCatalog("routines")
    func catalog() throws -> Catalog { try Self.loaded.get() }

    @Test func overloadsAreKeyedByIdentityArguments() throws {
        let catalog = try catalog()
        let integerAdd = try #require(catalog.functions["fn.add(a integer, b integer)"])
        #expect(integerAdd.arguments == "a integer, b integer DEFAULT 1")
        #expect(integerAdd.returnType == "integer")
        #expect(integerAdd.volatility == .immutable && integerAdd.isStrict && integerAdd.parallel == .safe)
        #expect(integerAdd.language == "sql" && integerAdd.body == " SELECT a + b ")
        #expect(integerAdd.definition.hasPrefix("CREATE OR REPLACE FUNCTION fn.add(a integer, b integer DEFAULT 1)"))
        let numericAdd = try #require(catalog.functions["fn.add(a numeric, b numeric)"])
        #expect(numericAdd.volatility == .stable && !numericAdd.isStrict && numericAdd.parallel == .unsafe)
        #expect(numericAdd.comment == "numeric overload")
    }

    @Test func settingsSecurityDefinerProceduresAndSQLStandardBodies() throws {
        let catalog = try catalog()
        let report = try #require(
            catalog.functions["fn.slow_report(OUT total bigint, OUT since timestamp with time zone)"])
        #expect(report.settings == ["statement_timeout=5s", "search_path=fn, pg_temp"])
        #expect(report.securityDefiner && report.parallel == .restricted)
        #expect(report.returnType == "record")
        #expect(report.definition.contains("SET statement_timeout TO '5s'"))

        let reset = try #require(catalog.functions["fn.reset_balances(IN floor numeric)"])
        #expect(reset.kind == .procedure && reset.returnType == nil && reset.comment == "maintenance")
        #expect(reset.definition.hasPrefix("CREATE OR REPLACE PROCEDURE fn.reset_balances"))

        let balances = try #require(catalog.functions["fn.balances()"])
        #expect(balances.returnType == "TABLE(id integer, balance numeric)")
        #expect(balances.body.hasPrefix("BEGIN ATOMIC") && balances.body.contains("FROM fn.accounts"))
    }

    @Test func triggersWithTimingEventsColumnsConditionArgumentsAndState() throws {
        let accounts = try catalog().table("fn", "accounts")
        let touch = try #require(accounts.triggers["accounts_touch"])
        #expect(touch.timing == .before && touch.events == [.update] && touch.forEachRow)
        #expect(touch.updateColumns == ["balance", "updated_at"])
        #expect(touch.when == "(old.balance IS DISTINCT FROM new.balance)")
        #expect(touch.function == QualifiedName("fn", "touch"))
        #expect(touch.enabled == .origin && touch.comment == "keeps updated_at fresh")
        #expect(
            touch.definition
                == "CREATE TRIGGER accounts_touch BEFORE UPDATE OF balance, updated_at ON fn.accounts FOR EACH ROW "
                + "WHEN ((old.balance IS DISTINCT FROM new.balance)) EXECUTE FUNCTION fn.touch()")

        let audit = try #require(accounts.triggers["accounts_audit"])
        #expect(audit.timing == .after && !audit.forEachRow && audit.when == nil)
        #expect(audit.events == [.delete, .insert, .truncate])
        #expect(audit.functionArguments == ["a b", "it's", "x"])
        #expect(accounts.triggers["accounts_disabled"]?.enabled == .disabled)
        #expect(accounts.triggers["accounts_always"]?.enabled == .always)
    }

    @Test func partitionTriggerClonesBelongToTheParent() throws {
        #expect(try catalog().table("fn", "ledger").triggers.keys.sorted() == ["ledger_touch"])
        #expect(try catalog().table("fn", "ledger_2024").triggers.isEmpty)
    }
}
