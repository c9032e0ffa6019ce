import Catalog
import Foundation
import Testing

@Suite struct CatalogCodingTests {
    @Test func qualifiedNameKeysQuoteOnlyWhenNeeded() {
        #expect(QualifiedName("app", "users").key == "app.users")
        #expect(QualifiedName("my.schema", "Order Items").key == "\"my.schema\".\"Order Items\"")
        #expect(QualifiedName("public", "we\"ird").key == "public.\"we\"\"ird\"")
    }

    @Test func catalogSurvivesAJSONRoundTrip() throws {
        var catalog = Catalog()
        let users = QualifiedName("app", "users")
        catalog.add(Schema(name: "app", comment: "application"))
        catalog.add(EnumType(name: QualifiedName("app", "role"), labels: ["owner", "member"]))
        catalog.add(
            Table(
                name: users,
                columns: [
                    Column(name: "id", type: "uuid", isNotNull: true, defaultExpression: "gen_random_uuid()"),
                    Column(name: "n", type: "bigint", isNotNull: true, identity: Identity(generation: .always)),
                ],
                constraints: [
                    "users_pkey": Constraint(name: "users_pkey", kind: .primaryKey(columns: ["id"]), definition: "PRIMARY KEY (id)")
                ],
                rowLevelSecurity: true))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(catalog)
        let decoded = try JSONDecoder().decode(Catalog.self, from: data)
        #expect(decoded == catalog)
        #expect(try encoder.encode(decoded) == data)
    }
}
