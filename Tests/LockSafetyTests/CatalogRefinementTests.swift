import DBTestSupport
import LockSafety
import Postgres
import SQLSyntax
import Testing

/// A column type change and whether Postgres rewrites the table for it.
struct TypeChange: Sendable, CustomTestStringConvertible {
    let from: String
    let to: String
    let effect: TableEffect
    var testDescription: String { "\(from) → \(to)" }
}

@Suite struct CatalogRefinementTests {
    @Test(arguments: [
        TypeChange(from: "varchar(50)", to: "varchar(100)", effect: .cheap),
        TypeChange(from: "varchar(50)", to: "text", effect: .cheap),
        TypeChange(from: "varchar", to: "text", effect: .cheap),
        TypeChange(from: "numeric(10, 2)", to: "numeric(12, 2)", effect: .cheap),
        TypeChange(from: "int", to: "bigint", effect: .rewrites),
        TypeChange(from: "varchar(100)", to: "varchar(50)", effect: .rewrites),
        TypeChange(from: "int", to: "text", effect: .rewrites),
    ])
    func typeChangeRewritesOnlyWhenPostgresDoes(_ change: TypeChange) throws {
        let connection = try Connection(try TestCluster.newDatabase("types"))
        try connection.execute("CREATE TABLE t (c \(change.from)); INSERT INTO t VALUES (NULL)")
        let statement = try #require(try SQLParser.parse("ALTER TABLE t ALTER COLUMN c TYPE \(change.to)").first)
        let estimate = try #require(predictLocks(statement.node).first)
        #expect(estimate.question != nil)
        let refined = try #require(try CatalogRefinement(connection).refine([estimate]).first)
        #expect(refined.effect == change.effect, "\(refined.reason)")
        #expect(refined.question == nil)
        #expect(refined.relation == RelationName(schema: "public", "t"))
    }

    @Test func theParseTreeAloneGuessesWrongWhereOnlyTheCatalogKnows() throws {
        let statement = try #require(try SQLParser.parse("ALTER TABLE t ALTER COLUMN c TYPE text").first)
        #expect(predictLocks(statement.node).first?.effect == .cheap)  // right for varchar, wrong for int
    }

    @Test func aUserFunctionsVolatilityDecidesADefault() throws {
        let connection = try Connection(try TestCluster.newDatabase("defaults"))
        try connection.execute(
            """
            CREATE TABLE t (a int);
            CREATE FUNCTION fixed() RETURNS int IMMUTABLE LANGUAGE sql AS 'SELECT 1';
            CREATE FUNCTION rolled() RETURNS int VOLATILE LANGUAGE sql AS 'SELECT 1';
            """)
        for (function, effect) in [("fixed", TableEffect.cheap), ("rolled", .rewrites)] {
            let statement = try #require(
                try SQLParser.parse("ALTER TABLE t ADD COLUMN c int DEFAULT \(function)()").first)
            let refined = try CatalogRefinement(connection).refine(predictLocks(statement.node))
            #expect(refined.map(\.effect) == [effect], "\(function)")
        }
    }

    @Test func relationsThatDoNotExistYetStayAsWritten() throws {
        let connection = try Connection(try TestCluster.newDatabase("unresolved"))
        let statement = try #require(try SQLParser.parse("CREATE INDEX ON later (a)").first)
        let refined = try CatalogRefinement(connection).refine(predictLocks(statement.node))
        #expect(refined.map(\.relation) == [RelationName("later")])
        #expect(refined.map(\.mode) == [.share])
    }
}
