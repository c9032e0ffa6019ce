import Catalog
import Testing

@testable import SchemaPull

@Suite struct SchemaPullTests {
    @Test(arguments: [
        ("plain", #""plain""#),
        ("it's \"q\" \\ end", #""it's \"q\" \\ end""#),
        ("line\nnext\ttab", #""line\nnext\ttab""#),
        ("bell\u{7}", #""bell\u{7}""#),
    ])
    func oneLineStringLiteralsEscapeQuotesBackslashesAndControls(_ text: String, _ literal: String) {
        #expect(SwiftLiteral.string(text) == literal)
    }

    @Test func multiLineTextBecomesARawLiteralWithEnoughHashes() {
        let text = "\nSELECT \"a\"#, '\\x'\n  FROM t\n"
        #expect(SwiftLiteral.text(text, indent: "    ") == "##\"\"\"\n\n    SELECT \"a\"#, '\\x'\n      FROM t\n\n    \"\"\"##")
    }

    @Test func argumentListsAreReadBackIntoNamedParameters() throws {
        let parameters = try #require(
            SchemaSourceRenderer.parameters(
                #"org uuid, "Since" timestamp with time zone DEFAULT now(), OUT n numeric, tags text[] DEFAULT '{a,b}'::text[]"#))
        #expect(parameters.map(\.name) == ["org", "Since", "n", "tags"])
        #expect(parameters.map(\.type) == ["uuid", "timestamp with time zone", "numeric", "text[]"])
        #expect(parameters.map(\.mode) == ["IN", "IN", "OUT", "IN"])
        #expect(parameters.map(\.defaultSQL) == [nil, "now()", nil, "'{a,b}'::text[]"])
        #expect(SchemaSourceRenderer.parameters("integer, text") == nil)
        #expect(SchemaSourceRenderer.parameters("timestamp with time zone") == nil)
    }

    @Test func whatTheDSLCannotSayIsMarkedAndListed() {
        var table = Table(name: QualifiedName("app", "t"), columns: [
            Column(name: "id", type: "bigint", isNotNull: true, identity: Identity(generation: .always, options: SequenceOptions(cache: 10)))
        ])
        table.constraints["t_id_check"] = Constraint(
            name: "t_id_check", kind: .check(expression: "(id > 0)", noInherit: false),
            definition: "CHECK ((id > 0)) NOT VALID", isValidated: false)
        let pulled = renderSwiftSchema(Catalog(schemas: ["app": Schema(name: "app")], tables: ["app.t": table]), typeName: "App")
        #expect(pulled.files.map(\.name) == ["App.swift", "App+AppSchema.swift"])
        #expect(pulled.limitations == [
            "table app.t: identity MINVALUE/MAXVALUE/CACHE/CYCLE of column id",
            "table app.t: NOT VALID on constraint t_id_check",
        ])
        let source = pulled.files[1].text
        #expect(source.contains("// db pull: cannot express NOT VALID on constraint t_id_check (table app.t)"))
        #expect(source.contains(#"Check("t_id_check", "(id > 0)")"#))
        #expect(source.contains(#"Column("id", .bigint).identity(.always)"#))
    }

    @Test func schemaTypeNamesAreUniqueAndAvoidTheDSLsOwnNames() {
        let names = SchemaSourceRenderer.nestedTypeNames(for: ["app", "App", "database", "9lives", "my-data"])
        #expect(names == ["app": "AppSchema", "App": "AppSchema2", "database": "DatabaseSchema2", "9lives": "S9livesSchema", "my-data": "MyDataSchema"])
    }
}
