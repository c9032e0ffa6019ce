import Catalog
import Testing

/// `Fixtures/introspection/views.sql`: views, materialized views, their options, indexes and dependencies.
@Suite struct ViewIntrospectionTests {
    static let loaded = loadedCatalog("views")
    func catalog() throws -> Catalog { try Self.loaded.get() }

    @Test func viewsWithDefinitionColumnsOptionsAndComments() throws {
        let totals = try #require(try catalog().views["reporting.order_totals"])
        #expect(!totals.isMaterialized)
        #expect(totals.columns == ["customer", "total", "cents"])
        #expect(totals.options == ["security_barrier=true"])
        #expect(totals.comment == "per customer")
        #expect(totals.columnComments == ["cents": "in cents"])
        #expect(totals.definition.contains("FROM public.orders"))
        #expect(totals.definition.contains("reporting.cents(sum(orders.total)) AS cents"))
        #expect(try catalog().views["reporting.big_customers"]?.options == ["check_option=local"])
    }

    @Test func dependenciesNameTheRelationsColumnsAndFunctionsRead() throws {
        let orders = QualifiedName("public", "orders")
        let totals = try #require(try catalog().views["reporting.order_totals"])
        #expect(
            totals.dependsOn == [
                ColumnReference(relation: orders, column: "customer"),
                ColumnReference(relation: orders, column: "total"),
            ])
        #expect(totals.dependsOnFunctions == ["reporting.cents(amount numeric)"])
        let big = try #require(try catalog().views["reporting.big_customers"])
        #expect(Set(big.dependsOn.map(\.relation)) == [QualifiedName("reporting", "order_totals")])
        #expect(big.dependsOn.map(\.column) == ["customer", "total"])
    }

    @Test func materializedViewsWithTheirIndexes() throws {
        let counts = try #require(try catalog().views["reporting.order_counts"])
        #expect(counts.isMaterialized && counts.comment == "refreshed nightly")
        #expect(counts.columns == ["customer", "orders"])
        let index = try #require(counts.indexes["order_counts_customer_idx"])
        #expect(index.isUnique && index.keys == [IndexKey(expression: "customer")])
        #expect(try catalog().table("public", "orders").indexes.isEmpty)
    }
}
