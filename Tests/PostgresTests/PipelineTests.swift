import DBTestSupport
import Postgres
import Testing

@Suite struct PipelineTests {
    @Test func resultsComeBackInOrderWithTheirParameters() throws {
        let connection = try Connection(try TestCluster.newDatabase("pipeline"))
        let statements = (1...40).map { PipelinedStatement("SELECT $1::int * 2 AS n, repeat('x', 5000) AS pad", ["\($0)"]) }
        let results = try connection.sendPipeline(statements)
        var doubled: [Int] = []
        while results.nextStatement != nil { doubled.append(try results.next().rows[0].int("n")) }
        #expect(doubled == (1...40).map { $0 * 2 })
        // Pipeline mode is over: ordinary calls work again.
        #expect(try connection.query("SELECT 7 AS n").rows[0].int("n") == 7)
    }

    @Test func aFailingStatementThrowsItsErrorAndLeavesTheConnectionUsable() throws {
        let connection = try Connection(try TestCluster.newDatabase("pipeline"))
        let results = try connection.sendPipeline([
            PipelinedStatement("SELECT 1 AS n"), PipelinedStatement("SELECT nope FROM pg_class"),
            PipelinedStatement("SELECT 3 AS n"),
        ])
        #expect(try results.next().rows[0].int("n") == 1)
        let error = #expect(throws: PostgresError.self) { try results.next() }
        #expect(error?.sqlState == "42703")
        #expect(error?.statement == "SELECT nope FROM pg_class")
        #expect(results.nextStatement == nil)
        #expect(try connection.query("SELECT 4 AS n").rows[0].int("n") == 4)
    }

    @Test func anEmptyPipelineLeavesTheConnectionUsable() throws {
        let connection = try Connection(try TestCluster.newDatabase("pipeline"))
        let results = try connection.sendPipeline([])
        #expect(results.nextStatement == nil)
        #expect(try connection.query("SELECT 6 AS n").rows[0].int("n") == 6)
    }

    @Test func resultsLeftUntakenAreDiscarded() throws {
        let connection = try Connection(try TestCluster.newDatabase("pipeline"))
        try connection.execute("BEGIN")
        let results = try connection.sendPipeline([
            PipelinedStatement("SELECT 1 AS n"), PipelinedStatement("SELECT 2 AS n"),
        ])
        #expect(try results.next().rows[0].int("n") == 1)
        results.discardRemaining()
        try connection.execute("COMMIT")
        #expect(try connection.query("SELECT 5 AS n").rows[0].int("n") == 5)
    }
}
