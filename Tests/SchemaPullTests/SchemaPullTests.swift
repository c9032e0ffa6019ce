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
        var table = Table(name: QualifiedName("app", "t"), columns: [Column(name: "id", type: "bigint")])
        table.forceRowLevelSecurity = true
        let pulled = renderSwiftSchema(Catalog(schemas: ["app": Schema(name: "app")], tables: ["app.t": table]), typeName: "App")
        #expect(pulled.files.map(\.name) == ["App.swift", "App+AppSchema.swift"])
        #expect(pulled.limitations == ["table app.t: FORCE ROW LEVEL SECURITY without ENABLE"])
        let source = pulled.files[1].text
        #expect(source.contains("// db pull: cannot express FORCE ROW LEVEL SECURITY without ENABLE (table app.t)"))
        #expect(source.contains(#"Column("id", .bigint)"#))
    }

    @Test func notValidConstraintsCommentsIdentityOptionsAndDisabledTriggersAreDeclared() {
        let name = QualifiedName("app", "t")
        var table = Table(name: name, columns: [
            Column(
                name: "id", type: "bigint", isNotNull: true,
                identity: Identity(generation: .always, options: SequenceOptions(start: 5, maxValue: 99, cache: 10, cycle: true)))
        ])
        table.constraints["t_id_check"] = Constraint(
            name: "t_id_check", kind: .check(expression: "(id > 0)", noInherit: false),
            definition: "CHECK ((id > 0)) NOT VALID", isValidated: false, comment: "positive")
        table.triggers["t_off"] = Trigger(
            name: "t_off", table: name, timing: .before, events: [.insert], function: QualifiedName("app", "f"),
            enabled: .disabled)
        let view = View(name: QualifiedName("app", "v"), isMaterialized: true, definition: " SELECT 1 AS n;", columnComments: ["n": "one"])
        let catalog = Catalog(schemas: ["app": Schema(name: "app")], tables: ["app.t": table], views: ["app.v": view])
        let pulled = renderSwiftSchema(catalog, typeName: "App")
        #expect(pulled.limitations.isEmpty)
        let source = pulled.files[1].text
        #expect(source.contains(#"Column("id", .bigint).identity(.always, start: 5, maxValue: 99, cache: 10, cycle: true)"#))
        #expect(source.contains(#"Check("t_id_check", "(id > 0)").notValid().comment("positive")"#))
        #expect(source.contains(#"schema: "app").disabled()"#))
        #expect(source.contains(#".columnComment("n", "one")"#))
    }

    @Test func notValidDomainChecksAreDeclaredNotValid() {
        let domain = Domain(
            name: QualifiedName("app", "code"), baseType: "text",
            checks: [
                DomainCheck(name: "code_len", definition: "CHECK ((length(VALUE) = 3)) NOT VALID", isValidated: false),
                DomainCheck(name: "code_upper", definition: "CHECK ((VALUE = upper(VALUE)))"),
            ])
        let pulled = renderSwiftSchema(
            Catalog(schemas: ["app": Schema(name: "app")], domains: ["app.code": domain]), typeName: "App")
        #expect(pulled.limitations.isEmpty)
        let source = pulled.files[1].text
        #expect(source.contains(#".check("code_len", "(length(VALUE) = 3)", notValid: true)"#))
        #expect(source.contains(#".check("code_upper", "(VALUE = upper(VALUE))")"#))
    }

    @Test func aChildDeclaresOnlyItsOwnColumnsAndAnOverriddenInheritedDefaultIsMarked() {
        let parent = Table(name: QualifiedName("app", "base"), columns: [Column(name: "status", type: "text", defaultExpression: "'new'::text")])
        var inherited = Column(name: "status", type: "text", defaultExpression: "'child'::text")
        inherited.isLocal = false
        var own = Column(name: "body", type: "text")
        own.storage = "external"
        own.statisticsTarget = 200
        var child = Table(name: QualifiedName("app", "child"), columns: [inherited, own])
        child.inheritsFrom = [parent.name]
        child.storageParameters = ["fillfactor=70"]
        child.replicaIdentity = .full
        let catalog = Catalog(
            schemas: ["app": Schema(name: "app")], tables: ["app.base": parent, "app.child": child])
        let pulled = renderSwiftSchema(catalog, typeName: "App")
        #expect(pulled.limitations == ["table app.child: the inherited column status's own default or options"])
        let source = pulled.files[1].text
        #expect(source.contains(#"Column("body", .text).storage(.external).statistics(200)"#))
        #expect(!source.contains(#"Column("status", .text).default(.raw("'child'::text"))"#))
        #expect(source.contains(#".inherits(TableReference("base", schema: "app"))"#))
        #expect(source.contains(#".storageParameters("fillfactor=70")"#))
        #expect(source.contains(#".replicaIdentity(.full)"#))
    }

    @Test func schemaTypeNamesAreUniqueAndAvoidTheDSLsOwnNames() {
        let names = SchemaSourceRenderer.nestedTypeNames(for: ["app", "App", "database", "9lives", "my-data"])
        #expect(names == ["app": "AppSchema", "App": "AppSchema2", "database": "DatabaseSchema2", "9lives": "S9livesSchema", "my-data": "MyDataSchema"])
    }
}
