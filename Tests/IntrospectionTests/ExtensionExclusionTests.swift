import Catalog
import Testing

/// `Fixtures/introspection/extensions.sql`: pgcrypto, pg_trgm and citext objects are not part of the catalog.
@Suite struct ExtensionExclusionTests {
    static let loaded = loadedCatalog("extensions")
    func catalog() throws -> Catalog { try Self.loaded.get() }

    @Test func extensionsAreListedButTheirObjectsAreNot() throws {
        let catalog = try catalog()
        #expect(
            catalog.extensions["pgcrypto"]
                == Extension(
                    name: "pgcrypto", schema: "ext", version: catalog.extensions["pgcrypto"]?.version,
                    comment: "cryptographic functions", isRelocatable: true))
        #expect(catalog.extensions["citext"]?.comment == "case-insensitive text")
        #expect(catalog.extensions["pg_trgm"]?.schema == "public")
        #expect(catalog.functions.keys.sorted() == ["public.hash_name(name text)"])
        #expect(catalog.domains.isEmpty && catalog.enums.isEmpty && catalog.compositeTypes.isEmpty)
        #expect(catalog.tables.keys.sorted() == ["public.people"])
    }

    @Test func userObjectsUsingExtensionsKeepQualifiedReferences() throws {
        let people = try catalog().table("public", "people")
        #expect(people.column("email")?.type == "public.citext")
        #expect(people.column("id")?.defaultExpression == "ext.gen_random_uuid()")
        let trigram = try #require(people.indexes["people_name_trgm_idx"])
        #expect(trigram.keys == [IndexKey(expression: "name", operatorClass: "public.gin_trgm_ops")])
        let withParameters = try #require(people.indexes["people_name_gist_idx"])
        #expect(
            withParameters.keys == [
                IndexKey(expression: "name", operatorClass: "public.gist_trgm_ops", operatorClassOptions: ["siglen=32"])
            ])
    }
}
