import DBTestSupport
import Foundation
import LockSafety
import Postgres
import SQLSyntax
import Testing

@Suite struct RelationSizeTests {
    @Test func sizesComeFromTheCatalogInOneLookup() throws {
        let connection = try SizedTables.connection()
        let big = RelationName(schema: "public", "big")
        let empty = RelationName(schema: "public", "empty")
        let later = RelationName("created_later")
        let sizes = try RelationSize.lookup([big, empty, later, big], on: connection)
        #expect(sizes.count == 3)

        let bigSize = try #require(sizes[big])
        let reltuples = try SizedTables.integer(
            "SELECT reltuples FROM pg_class WHERE oid = 'big'::regclass", on: connection)
        #expect(bigSize.rowSource == .reltuples)
        #expect(bigSize.rows == reltuples)
        #expect(abs(Double(bigSize.rows - SizedTables.bigRows)) <= 0.1 * Double(SizedTables.bigRows))
        #expect(bigSize.totalBytes == (try SizedTables.integer("pg_total_relation_size('big')", on: connection)))
        #expect(bigSize.tableBytes == (try SizedTables.integer("pg_table_size('big')", on: connection)))
        #expect(bigSize.totalBytes > bigSize.tableBytes)  // the primary key's index counts for rewrites
        #expect(bigSize.summary.hasPrefix("1 M rows, "))

        let emptySize = try #require(sizes[empty])
        #expect(emptySize.exists)
        #expect(emptySize.rows == 0)
        #expect(emptySize.totalBytes == (try SizedTables.integer("pg_total_relation_size('empty')", on: connection)))

        #expect(sizes[later] == .new(later))
        #expect(sizes[later]?.summary == "new")
    }

    @Test func aTableNeverAnalysedCountsItsLiveTuples() throws {
        let connection = try Connection(try TestCluster.newDatabase("livetuples"))
        try connection.execute(
            """
            CREATE TABLE fresh (id int) WITH (autovacuum_enabled = false);
            INSERT INTO fresh SELECT generate_series(1, 500);
            SELECT pg_stat_force_next_flush();
            """)
        #expect(try SizedTables.integer("SELECT reltuples FROM pg_class WHERE relname = 'fresh'", on: connection) == -1)
        let fresh = RelationName(schema: "public", "fresh")
        var size = try RelationSize.lookup([fresh], on: connection)[fresh]
        let deadline = Date().addingTimeInterval(5)
        while size?.rows != 500 && Date() < deadline {  // the statistics reach the views once flushed
            Thread.sleep(forTimeInterval: 0.1)
            size = try RelationSize.lookup([fresh], on: connection)[fresh]
        }
        #expect(size?.rows == 500)
        #expect(size?.rowSource == .liveTuples)
    }

    @Test func quotedNamesResolve() throws {
        let connection = try Connection(try TestCluster.newDatabase("quoted"))
        let name = RelationName(schema: #"Odd "Schema"#, ".t")
        try connection.execute(
            "CREATE SCHEMA \(quoteIdentifier(name.schema!)); CREATE TABLE \(qualifiedName(name.schema!, name.name)) (a int)"
        )
        #expect(try RelationSize.lookup([name], on: connection)[name]?.exists == true)
    }
}
