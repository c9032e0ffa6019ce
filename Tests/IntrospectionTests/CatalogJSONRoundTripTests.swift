import Catalog
import DBTestSupport
import Foundation
import Introspection
import Postgres
import Testing

/// Every fixture in one database: the introspected catalog survives model → JSON → model unchanged.
@Suite struct CatalogJSONRoundTripTests {
    static let fixtures = ["tables", "names", "types", "routines", "views", "extensions"]

    @Test func introspectedCatalogRoundTripsThroughSortedJSON() throws {
        let connection = try Connection(try TestCluster.newDatabase("intro_all"))
        for name in Self.fixtures { try connection.execute(try Fixture.sql(name)) }
        let catalog = try introspect(connection)
        #expect(!catalog.enums.isEmpty && !catalog.domains.isEmpty && !catalog.compositeTypes.isEmpty)
        #expect(!catalog.sequences.isEmpty && !catalog.views.isEmpty && !catalog.functions.isEmpty)
        #expect(catalog.tables.count >= 20)

        let json = try sortedJSON(catalog)
        let decoded = try JSONDecoder().decode(Catalog.self, from: json)
        #expect(decoded == catalog)
        #expect(try sortedJSON(decoded) == json, "re-encoding gives the same bytes")
        #expect(try Introspector(connection, sessions: 1).introspect() == catalog, "one session reads the same")
    }
}
