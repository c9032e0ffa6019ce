import Catalog
import Testing

@testable import Diff

/// Types and functions dropped (or renamed away) and created again take what Postgres binds to them along, on
/// in-memory catalogs; `Fixtures/diff/types_recreated_*` and `function_recreated_used_by_*` run the same on Postgres.
@Suite struct TypeDependentsTests {
    private let mood = QualifiedName("app", "mood")
    private let people = QualifiedName("app", "people")

    private func catalog(labels: [String], _ build: (inout Catalog) -> Void) -> Catalog {
        var catalog = Catalog()
        catalog.add(Schema(name: "app"))
        catalog.add(EnumType(name: mood, labels: labels))
        build(&catalog)
        return catalog
    }

    /// Schema `app` with composite type `name` of integer attributes `attributes`, then whatever `build` adds.
    private func catalog(
        composite name: QualifiedName, attributes: [String], _ build: (inout Catalog) -> Void
    ) -> Catalog {
        var catalog = Catalog()
        catalog.add(Schema(name: "app"))
        catalog.add(
            CompositeType(name: name, attributes: attributes.map { CompositeType.Attribute(name: $0, type: "integer") })
        )
        build(&catalog)
        return catalog
    }

    private func index(of sql: String, in changes: [Change]) throws -> Int {
        try #require(
            changes.firstIndex { $0.sql == sql }, "no \(sql) in\n\(changes.map(\.sql).joined(separator: "\n"))")
    }

    @Test func aDomainOverARecreatedEnumIsRecreatedAroundItsColumnsAndDroppedFirst() throws {
        func schema(_ labels: [String]) -> Catalog {
            catalog(labels: labels) { catalog in
                catalog.add(
                    Domain(
                        name: QualifiedName("app", "known_mood"), baseType: "app.mood", isNotNull: true,
                        comment: "known"))
                catalog.add(Table(name: people, columns: [Column(name: "m", type: "app.known_mood")]))
            }
        }
        let changes = diff(from: schema(["sad", "meh", "happy"]), to: schema(["sad", "happy"]))
        let renameDomain = try index(of: #"ALTER TYPE "app"."known_mood" RENAME TO "known_mood__old""#, in: changes)
        let createEnum = try index(of: #"CREATE TYPE "app"."mood" AS ENUM ('sad', 'happy')"#, in: changes)
        let createDomain = try index(of: #"CREATE DOMAIN "app"."known_mood" AS app.mood NOT NULL"#, in: changes)
        let move = try index(
            of: #"ALTER TABLE "app"."people" ALTER COLUMN "m" TYPE app.known_mood USING "m"::text::app.known_mood"#,
            in: changes)
        let dropOldDomain = try index(of: #"DROP TYPE "app"."known_mood__old""#, in: changes)
        let dropOldEnum = try index(of: #"DROP TYPE "app"."mood__old""#, in: changes)
        #expect(renameDomain < createDomain && createEnum < createDomain)
        #expect(createDomain < move && move < dropOldDomain && dropOldDomain < dropOldEnum)
        #expect(try index(of: #"COMMENT ON DOMAIN "app"."known_mood" IS 'known'"#, in: changes) > createDomain)
        #expect(changes.filter(\.isDestructive).isEmpty)
    }

    @Test func aFunctionWithTheEnumInItsSignatureIsDroppedBeforeTheRenameAndCreatedAfterWithItsSettings() throws {
        let isHappy = Function(
            name: QualifiedName("app", "is_happy"), identityArguments: "m app.mood", arguments: "m app.mood",
            returnType: "boolean", language: "sql", body: "SELECT m = 'happy'", settings: ["search_path=app"])
        func schema(_ labels: [String]) -> Catalog {
            catalog(labels: labels) { catalog in
                catalog.add(isHappy)
                catalog.add(
                    Table(
                        name: people, columns: [Column(name: "m", type: "app.mood")],
                        constraints: [
                            "happy": Constraint(
                                name: "happy", kind: .check(expression: "app.is_happy(m)", noInherit: false),
                                definition: "CHECK (app.is_happy(m))")
                        ]))
            }
        }
        let changes = diff(from: schema(["sad", "meh", "happy"]), to: schema(["sad", "happy"]))
        let dropCheck = try index(of: #"ALTER TABLE "app"."people" DROP CONSTRAINT "happy""#, in: changes)
        let dropFunction = try index(of: #"DROP FUNCTION "app"."is_happy"(m app.mood)"#, in: changes)
        let rename = try index(of: #"ALTER TYPE "app"."mood" RENAME TO "mood__old""#, in: changes)
        let createEnum = try index(of: #"CREATE TYPE "app"."mood" AS ENUM ('sad', 'happy')"#, in: changes)
        let create = try #require(changes.firstIndex { $0.kind == "create_function" })
        let setting = try index(
            of: #"ALTER FUNCTION "app"."is_happy"(m app.mood) SET "search_path" TO 'app'"#, in: changes)
        let addCheck = try index(
            of: #"ALTER TABLE "app"."people" ADD CONSTRAINT "happy" CHECK (app.is_happy(m))"#, in: changes)
        let dropOld = try index(of: #"DROP TYPE "app"."mood__old""#, in: changes)
        #expect(dropCheck < dropFunction && dropFunction < rename && rename < createEnum)
        #expect(createEnum < create && create < setting && create < addCheck && dropFunction < dropOld)
        #expect(!changes[dropFunction].isDestructive)
    }

    @Test func anArrayOfAReorderedCompositeIsMovedThroughJSONAndAHelperType() throws {
        let pair = QualifiedName("app", "pair")
        func schema(_ attributes: [String]) -> Catalog {
            catalog(composite: pair, attributes: attributes) { catalog in
                catalog.add(
                    Table(
                        name: people,
                        columns: [Column(name: "p", type: "app.pair"), Column(name: "ps", type: "app.pair[]")]))
            }
        }
        let changes = diff(from: schema(["a", "b"]), to: schema(["b", "a"]))
        let helper = try index(of: #"CREATE TYPE "app"."pair__array" AS ("v" "app"."pair"[])"#, in: changes)
        let move = try index(
            of: #"ALTER TABLE "app"."people" ALTER COLUMN "ps" TYPE app.pair[] USING "#
                + #"(jsonb_populate_record(NULL::"app"."pair__array", jsonb_build_object('v', "ps")))."v""#,
            in: changes)
        let dropHelper = try index(of: #"DROP TYPE "app"."pair__array""#, in: changes)
        #expect(helper < move && move < dropHelper)
        #expect(changes.filter(\.isDestructive).isEmpty)
    }

    @Test func aReorderedCompositeHeldByAnotherIsRebuiltFieldByFieldInsideIt() throws {
        let inner = QualifiedName("app", "inner")
        func schema(_ attributes: [String]) -> Catalog {
            catalog(composite: inner, attributes: attributes) { catalog in
                catalog.add(
                    CompositeType(
                        name: QualifiedName("app", "outer"),
                        attributes: [
                            CompositeType.Attribute(name: "i", type: "app.inner"),
                            CompositeType.Attribute(name: "n", type: "integer"),
                        ]))
                catalog.add(
                    Table(
                        name: people,
                        columns: [Column(name: "o", type: "app.outer"), Column(name: "os", type: "app.outer[]")]))
            }
        }
        let changes = diff(from: schema(["a", "b"]), to: schema(["b", "a"]))
        let inside = #"ROW((("o")."i")."b"::integer, (("o")."i")."a"::integer)::app.inner"#
        _ = try index(
            of:
                #"ALTER TABLE "app"."people" ALTER COLUMN "o" TYPE app.outer USING CASE WHEN "o" IS NOT DISTINCT FROM NULL "#
                + #"THEN NULL ELSE ROW(CASE WHEN ("o")."i" IS NOT DISTINCT FROM NULL THEN NULL ELSE "# + inside
                + #" END, ("o")."n"::integer)::app.outer END"#,
            in: changes)
        let helper = try index(of: #"CREATE TYPE "app"."outer__array" AS ("v" "app"."outer"[])"#, in: changes)
        let moveArray = try index(
            of: #"ALTER TABLE "app"."people" ALTER COLUMN "os" TYPE app.outer[] USING "#
                + #"(jsonb_populate_record(NULL::"app"."outer__array", jsonb_build_object('v', "os")))."v""#,
            in: changes)
        #expect(helper < moveArray)
    }

    @Test func aDomainOverAReorderedCompositeMovesItsValuesFieldByFieldAndItsArraysThroughJSON() throws {
        let pair = QualifiedName("app", "pair")
        func schema(_ attributes: [String]) -> Catalog {
            catalog(composite: pair, attributes: attributes) { catalog in
                catalog.add(Domain(name: QualifiedName("app", "pair_d"), baseType: "app.pair"))
                catalog.add(
                    Table(
                        name: people,
                        columns: [Column(name: "p", type: "app.pair_d"), Column(name: "ps", type: "app.pair_d[]")]))
            }
        }
        let changes = diff(from: schema(["a", "b"]), to: schema(["b", "a"]))
        let createDomain = try index(of: #"CREATE DOMAIN "app"."pair_d" AS app.pair"#, in: changes)
        let move = try index(
            of:
                #"ALTER TABLE "app"."people" ALTER COLUMN "p" TYPE app.pair_d USING CASE WHEN "p" IS NOT DISTINCT FROM NULL THEN NULL "#
                + #"ELSE ROW(("p")."b"::integer, ("p")."a"::integer)::app.pair_d END"#,
            in: changes)
        let helper = try index(of: #"CREATE TYPE "app"."pair_d__array" AS ("v" "app"."pair_d"[])"#, in: changes)
        let moveArray = try index(
            of: #"ALTER TABLE "app"."people" ALTER COLUMN "ps" TYPE app.pair_d[] USING "#
                + #"(jsonb_populate_record(NULL::"app"."pair_d__array", jsonb_build_object('v', "ps")))."v""#,
            in: changes)
        let dropHelper = try index(of: #"DROP TYPE "app"."pair_d__array""#, in: changes)
        let dropOldDomain = try index(of: #"DROP TYPE "app"."pair_d__old""#, in: changes)
        #expect(createDomain < move && createDomain < helper && helper < moveArray && moveArray < dropHelper)
        #expect(move < dropOldDomain && moveArray < dropOldDomain)
        #expect(changes.filter(\.isDestructive).isEmpty)
    }

    private let price = QualifiedName("app", "price")

    private func price(returns type: String) -> Function {
        Function(
            name: price, identityArguments: "n integer", arguments: "n integer", returnType: type, language: "sql",
            body: "SELECT n * 10")
    }

    private func withPrice(returns type: String, _ build: (inout Catalog) -> Void) -> Catalog {
        var catalog = Catalog()
        catalog.add(Schema(name: "app"))
        catalog.add(price(returns: type))
        build(&catalog)
        return catalog
    }

    @Test func aGeneratedColumnCallingARecreatedFunctionIsDroppedAndAddedAgain() throws {
        func schema(_ type: String) -> Catalog {
            withPrice(returns: type) { catalog in
                catalog.add(
                    Table(
                        name: people,
                        columns: [
                            Column(name: "n", type: "integer"),
                            Column(name: "cost", type: "bigint", generatedExpression: "app.price(n)"),
                        ]))
            }
        }
        let changes = diff(from: schema("integer"), to: schema("bigint"))
        let dropColumn = try index(of: #"ALTER TABLE "app"."people" DROP COLUMN "cost""#, in: changes)
        let dropFunction = try index(of: #"DROP FUNCTION "app"."price"(n integer)"#, in: changes)
        let create = try #require(changes.firstIndex { $0.kind == "create_function" })
        let addColumn = try #require(changes.firstIndex { $0.kind == "add_column" })
        #expect(dropColumn < dropFunction && dropFunction < create && create < addColumn)
    }

    @Test func aDomainCheckAndDefaultCallingARecreatedFunctionAreDroppedAndSetAgain() throws {
        let code = QualifiedName("app", "code")
        func schema(_ type: String) -> Catalog {
            withPrice(returns: type) { catalog in
                catalog.add(
                    Domain(
                        name: code, baseType: "bigint", defaultExpression: "app.price(1)",
                        checks: [DomainCheck(name: "positive", definition: "CHECK ((app.price((VALUE)::integer) > 0))")]
                    ))
            }
        }
        let changes = diff(from: schema("integer"), to: schema("bigint"))
        let dropCheck = try index(of: #"ALTER DOMAIN "app"."code" DROP CONSTRAINT "positive""#, in: changes)
        let dropDefault = try index(of: #"ALTER DOMAIN "app"."code" DROP DEFAULT"#, in: changes)
        let dropFunction = try index(of: #"DROP FUNCTION "app"."price"(n integer)"#, in: changes)
        let create = try #require(changes.firstIndex { $0.kind == "create_function" })
        let setDefault = try index(of: #"ALTER DOMAIN "app"."code" SET DEFAULT app.price(1)"#, in: changes)
        let addCheck = try #require(changes.firstIndex { $0.kind == "add_domain_check" })
        #expect(dropCheck < dropFunction && dropDefault < dropFunction)
        #expect(create < setDefault && create < addCheck)
    }

    @Test func aStandardBodyCallingARecreatedFunctionIsRecreatedAndAPlainOneIsNot() throws {
        func caller(_ name: String, body: String) -> Function {
            Function(name: QualifiedName("app", name), returnType: "bigint", language: "sql", body: body)
        }
        func schema(_ type: String) -> Catalog {
            withPrice(returns: type) { catalog in
                catalog.add(caller("bound", body: "BEGIN ATOMIC\n SELECT app.price(1);\nEND"))
                catalog.add(caller("returned", body: "RETURN app.bound()"))
                catalog.add(caller("plain", body: "SELECT app.price(1)"))
            }
        }
        let changes = diff(from: schema("integer"), to: schema("bigint"))
        let dropReturned = try index(of: #"DROP FUNCTION "app"."returned"()"#, in: changes)
        let dropBound = try index(of: #"DROP FUNCTION "app"."bound"()"#, in: changes)
        let dropPrice = try index(of: #"DROP FUNCTION "app"."price"(n integer)"#, in: changes)
        let created = changes.filter { $0.kind == "create_function" }.map(\.summary)
        #expect(dropReturned < dropBound && dropBound < dropPrice)
        #expect(
            created == [
                "create function app.price(n integer)", "create function app.bound()", "create function app.returned()",
            ])
        #expect(!changes.contains { $0.sql.contains(#""app"."plain""#) })
    }

    @Test func aStandardBodyReadingARecreatedTableIsDroppedBeforeItAndCreatedAfterWithItsSettings() throws {
        let events = QualifiedName("app", "events")
        func function(_ name: String, body: String, settings: [String] = []) -> Function {
            Function(
                name: QualifiedName("app", name), returnType: "bigint", language: "sql", body: body,
                settings: settings)
        }
        func schema(partitionKey: String?) -> Catalog {
            var catalog = Catalog()
            catalog.add(Schema(name: "app"))
            var table = Table(
                name: events,
                columns: [Column(name: "id", type: "integer"), Column(name: "kind", type: "text", isNotNull: true)])
            table.partitionKey = partitionKey
            catalog.add(table)
            catalog.add(
                function(
                    "event_count", body: "BEGIN ATOMIC\n SELECT count(*) AS count\n   FROM app.events;\nEND",
                    settings: ["work_mem=8MB"]))
            catalog.add(function("twice", body: "RETURN (app.event_count() * 2)"))
            catalog.add(function("loose", body: "SELECT count(*) FROM app.events"))
            return catalog
        }
        let changes = diff(from: schema(partitionKey: nil), to: schema(partitionKey: "LIST (kind)"))
        let dropTwice = try index(of: #"DROP FUNCTION "app"."twice"()"#, in: changes)
        let dropCount = try index(of: #"DROP FUNCTION "app"."event_count"()"#, in: changes)
        let dropTable = try index(of: #"DROP TABLE "app"."events""#, in: changes)
        let createTable = try #require(changes.firstIndex { $0.kind == "create_table" })
        let created = changes.indices.filter { changes[$0].kind == "create_function" }
        let setting = try index(of: #"ALTER FUNCTION "app"."event_count"() SET "work_mem" TO '8MB'"#, in: changes)
        #expect(dropTwice < dropCount && dropCount < dropTable && dropTable < createTable)
        #expect(
            created.map { changes[$0].summary } == [
                "create function app.event_count()", "create function app.twice()",
            ])
        #expect(created.allSatisfy { $0 > createTable } && setting > created[0])
        #expect(!changes.contains { $0.sql.contains(#""app"."loose""#) })
    }

    @Test func policiesTriggersAndPartialIndexesReadingAMovedColumnAreDroppedBeforeAndCreatedAfter() throws {
        func schema(_ labels: [String]) -> Catalog {
            catalog(labels: labels) { catalog in
                catalog.add(
                    Function(name: QualifiedName("app", "touch"), returnType: "trigger", language: "plpgsql", body: ""))
                catalog.add(
                    Table(
                        name: people,
                        columns: [Column(name: "id", type: "integer"), Column(name: "m", type: "app.mood")],
                        indexes: [
                            "sad": Index(
                                name: "sad", table: people, keys: [IndexKey(expression: "id")],
                                predicate: "(m = 'sad'::app.mood)")
                        ],
                        triggers: [
                            "changed": Trigger(
                                name: "changed", table: people, timing: .before, events: [.update],
                                when: "(old.m IS DISTINCT FROM new.m)", function: QualifiedName("app", "touch"))
                        ],
                        policies: ["mine": Policy(name: "mine", table: people, using: "(m <> 'sad'::app.mood)")]))
            }
        }
        let changes = diff(from: schema(["sad", "meh", "happy"]), to: schema(["sad", "happy"]))
        let move = try #require(changes.firstIndex { $0.kind == "alter_column_type" })
        for kind in ["drop_policy", "drop_trigger", "drop_index"] {
            let drop = try #require(changes.firstIndex { $0.kind == kind }, "no \(kind)")
            #expect(drop < move, "\(kind) after the move")
        }
        for kind in ["create_policy", "create_trigger", "create_index"] {
            let create = try #require(changes.firstIndex { $0.kind == kind }, "no \(kind)")
            #expect(create > move, "\(kind) before the move")
        }
    }

    @Test func anInheritedColumnMovesWithItsParentAndGetsItsOwnDefaultBackAfterTheParents() throws {
        let child = QualifiedName("app", "child")
        func schema(_ labels: [String]) -> Catalog {
            catalog(labels: labels) { catalog in
                catalog.add(
                    Table(
                        name: people,
                        columns: [Column(name: "m", type: "app.mood", defaultExpression: "'happy'::app.mood")]))
                var table = Table(
                    name: child, columns: [Column(name: "m", type: "app.mood", defaultExpression: "'sad'::app.mood")])
                table.columns[0].isLocal = false
                table.inheritsFrom = [people]
                catalog.add(table)
            }
        }
        let changes = diff(from: schema(["sad", "meh", "happy"]), to: schema(["sad", "happy"]))
        #expect(
            changes.filter { $0.kind == "alter_column_type" }.map(\.sql) == [
                #"ALTER TABLE "app"."people" ALTER COLUMN "m" TYPE app.mood USING "m"::text::app.mood"#
            ])
        let parentDefault = try index(
            of: #"ALTER TABLE "app"."people" ALTER COLUMN "m" SET DEFAULT 'happy'::app.mood"#, in: changes)
        let childDefault = try index(
            of: #"ALTER TABLE "app"."child" ALTER COLUMN "m" SET DEFAULT 'sad'::app.mood"#, in: changes)
        #expect(parentDefault < childDefault)
    }

    @Test func aPartitionedTableKeyedOnTheEnumIsRecreatedAndNotAltered() {
        func schema(_ labels: [String]) -> Catalog {
            catalog(labels: labels) { catalog in
                var table = Table(name: people, columns: [Column(name: "m", type: "app.mood", isNotNull: true)])
                table.partitionKey = "LIST (m)"
                catalog.add(table)
            }
        }
        let changes = diff(from: schema(["sad", "meh", "happy"]), to: schema(["sad", "happy"]))
        #expect(!changes.contains { $0.kind == "alter_column_type" })
        let kinds = changes.map(\.kind)
        #expect(kinds.firstIndex(of: "drop_table")! < kinds.firstIndex(of: "rename_type")!)
        #expect(kinds.firstIndex(of: "create_table")! > kinds.firstIndex(of: "create_enum")!)
        #expect(changes.contains { $0.kind == "drop_table" && $0.isDestructive })
    }
}
