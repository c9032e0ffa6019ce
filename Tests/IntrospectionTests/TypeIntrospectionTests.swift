import Catalog
import Testing

/// `Fixtures/introspection/types.sql`: enums, domains, composite types, standalone sequences.
@Suite struct TypeIntrospectionTests {
    static let loaded = loadedCatalog("types")
    func catalog() throws -> Catalog { try Self.loaded.get() }

    @Test func enumLabelsFollowSortOrderIncludingAddedValues() throws {
        let mood = try #require(try catalog().enums["types.mood"])
        #expect(mood.labels == ["sad", "meh", "ok", "happy"])
        #expect(mood.comment == "how it feels")
    }

    @Test func domainsWithDefaultNotNullCollationChecksAndCheckComments() throws {
        let positive = try #require(try catalog().domains["types.positive_int"])
        #expect(positive.baseType == "integer")
        #expect(positive.defaultExpression == "1")
        #expect(positive.isNotNull)
        #expect(positive.comment == "strictly positive")
        #expect(
            positive.checks == [
                DomainCheck(
                    name: "positive_int_even", definition: "CHECK (((VALUE % 2) = 0)) NOT VALID", isValidated: false),
                DomainCheck(name: "positive_int_positive", definition: "CHECK ((VALUE > 0))"),
                DomainCheck(
                    name: "positive_int_small", definition: "CHECK ((VALUE < 1000000))", comment: "fits in a million"),
            ])
        let label = try #require(try catalog().domains["types.label"])
        #expect(label.collation == "\"C\"")
        #expect(label.checks.isEmpty && !label.isNotNull && label.defaultExpression == nil)
    }

    @Test func compositeTypesWithAttributesInOrderAndAttributeComments() throws {
        let address = try #require(try catalog().compositeTypes["types.address"])
        #expect(
            address.attributes == [
                .init(name: "street", type: "text"), .init(name: "city", type: "text", collation: "\"C\""),
                .init(name: "zip", type: "types.label", comment: "postal code"), .init(name: "mood", type: "types.mood"),
            ])
        #expect(address.comment == "postal address")
        #expect(try catalog().compositeTypes.count == 1, "a table's row type is not a composite type")
    }

    @Test func sequencesKeepOnlyNonDefaultOptions() throws {
        let catalog = try catalog()
        #expect(
            catalog.sequences["types.plain_seq"]
                == SequenceDefinition(name: QualifiedName("types", "plain_seq"), owner: "postgres"))
        #expect(
            catalog.sequences["types.small_seq"]
                == SequenceDefinition(
                    name: QualifiedName("types", "small_seq"), dataType: "smallint",
                    options: SequenceOptions(increment: -1), owner: "postgres"))
        #expect(
            catalog.sequences["types.holder_counter_seq"]?.ownedBy
                == ColumnReference(relation: QualifiedName("types", "holder"), column: "counter"))
        #expect(try catalog.table("types", "holder").column("id")?.type == "types.positive_int")
    }
}
