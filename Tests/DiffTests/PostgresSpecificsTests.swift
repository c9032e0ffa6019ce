import Catalog
import Testing

@testable import Diff

/// The Postgres-specific plans of issue 5, on in-memory catalogs.
@Suite struct PostgresSpecificsTests {
    private let status = QualifiedName("app", "status")
    private let posts = QualifiedName("app", "posts")

    private func base(labels: [String]) -> Catalog {
        var catalog = Catalog()
        catalog.add(Schema(name: "app"))
        catalog.add(EnumType(name: status, labels: labels))
        catalog.add(
            Table(
                name: posts,
                columns: [
                    Column(name: "id", type: "integer"),
                    Column(name: "s", type: "app.status", defaultExpression: "'draft'::app.status"),
                ]))
        catalog.add(
            View(
                name: QualifiedName("app", "drafts"), definition: " SELECT posts.id FROM app.posts;", columns: ["id"],
                dependsOn: [
                    ColumnReference(relation: posts, column: "id"), ColumnReference(relation: posts, column: "s"),
                ], comment: "drafts only"))
        return catalog
    }

    @Test func newEnumLabelsKeepTheirPosition() {
        let sql = diff(from: base(labels: ["draft", "live"]), to: base(labels: ["new", "draft", "review", "x", "live", "gone"]))
            .map(\.sql)
        #expect(
            sql == [
                #"ALTER TYPE "app"."status" ADD VALUE 'new' BEFORE 'draft'"#,
                #"ALTER TYPE "app"."status" ADD VALUE 'review' AFTER 'draft'"#,
                #"ALTER TYPE "app"."status" ADD VALUE 'x' AFTER 'review'"#,
                #"ALTER TYPE "app"."status" ADD VALUE 'gone' AFTER 'live'"#,
            ])
    }

    @Test func removingAnEnumLabelRecreatesTheTypeAroundItsColumnsAndViews() {
        let sql = diff(from: base(labels: ["draft", "live", "old"]), to: base(labels: ["draft", "live"])).map(\.sql)
        #expect(
            sql == [
                #"DROP VIEW "app"."drafts""#,
                #"ALTER TABLE "app"."posts" ALTER COLUMN "s" DROP DEFAULT"#,
                #"ALTER TYPE "app"."status" RENAME TO "status__old""#,
                #"CREATE TYPE "app"."status" AS ENUM ('draft', 'live')"#,
                #"ALTER TABLE "app"."posts" ALTER COLUMN "s" TYPE app.status USING "s"::text::app.status"#,
                #"DROP TYPE "app"."status__old""#,
                #"ALTER TABLE "app"."posts" ALTER COLUMN "s" SET DEFAULT 'draft'::app.status"#,
                "CREATE VIEW \"app\".\"drafts\" AS\nSELECT posts.id FROM app.posts",
                #"COMMENT ON VIEW "app"."drafts" IS 'drafts only'"#,
            ])
    }

    @Test func domainWithANewBaseTypeAndReorderedCompositeAreRecreatedAroundTheirColumns() {
        let items = QualifiedName("app", "items")
        func catalog(base: String, attributes: [CompositeType.Attribute]) -> Catalog {
            var catalog = Catalog()
            catalog.add(Schema(name: "app"))
            catalog.add(Domain(name: QualifiedName("app", "code"), baseType: base))
            catalog.add(CompositeType(name: QualifiedName("app", "pair"), attributes: attributes))
            catalog.add(
                Table(
                    name: items,
                    columns: [Column(name: "code", type: "app.code"), Column(name: "p", type: "app.pair")]))
            return catalog
        }
        let a = CompositeType.Attribute(name: "a", type: "integer")
        let b = CompositeType.Attribute(name: "b", type: "text")
        let changes = diff(
            from: catalog(base: "character varying(10)", attributes: [a, b]),
            to: catalog(base: "text", attributes: [b, a]))
        #expect(
            changes.map(\.sql) == [
                #"ALTER TYPE "app"."code" RENAME TO "code__old""#,
                #"ALTER TYPE "app"."pair" RENAME TO "pair__old""#,
                #"CREATE DOMAIN "app"."code" AS text"#,
                #"CREATE TYPE "app"."pair" AS ("b" text, "a" integer)"#,
                #"ALTER TABLE "app"."items" ALTER COLUMN "code" TYPE app.code USING "code"::text::app.code"#,
                #"DROP TYPE "app"."code__old""#,
                #"ALTER TABLE "app"."items" ALTER COLUMN "p" TYPE app.pair USING CASE WHEN "p" IS NOT DISTINCT FROM NULL THEN NULL "#
                    + #"ELSE ROW(("p")."b"::text, ("p")."a"::integer)::app.pair END"#,
                #"DROP TYPE "app"."pair__old""#,
            ])
        #expect(changes.filter(\.isDestructive).isEmpty, "the old types' values all moved to the new types")
    }

    @Test func retypedColumnRecreatesDependentViewsAfterTheChange() throws {
        let from = base(labels: ["draft"])
        var to = from
        to.tables[posts.key]?.columns[0].type = "bigint"
        let sql = diff(from: from, to: to).map(\.sql)
        #expect(
            sql == [
                #"DROP VIEW "app"."drafts""#,
                #"ALTER TABLE "app"."posts" ALTER COLUMN "id" TYPE bigint"#,
                "CREATE VIEW \"app\".\"drafts\" AS\nSELECT posts.id FROM app.posts",
                #"COMMENT ON VIEW "app"."drafts" IS 'drafts only'"#,
            ])
        let retype = try #require(diff(from: from, to: to).first { $0.kind == "alter_column_type" })
        #expect(retype.hazard != nil)
    }

    private func function(returns: String, body: String, settings: [String]) -> Function {
        Function(
            name: QualifiedName("app", "f"), returnType: returns, language: "plpgsql", body: body, settings: settings)
    }

    private func withFunction(_ function: Function) -> Catalog {
        var catalog = Catalog()
        catalog.add(Schema(name: "app"))
        catalog.add(function)
        catalog.add(
            Table(
                name: posts, columns: [Column(name: "id", type: "integer")],
                triggers: [
                    "t": Trigger(
                        name: "t", table: posts, timing: .before, events: [.insert], function: function.name,
                        definition: "CREATE TRIGGER t BEFORE INSERT ON app.posts FOR EACH ROW EXECUTE FUNCTION app.f()")
                ]))
        return catalog
    }

    @Test func replacedFunctionGetsItsSettingsBackAndRemovedOnesReset() {
        let from = withFunction(function(returns: "trigger", body: "a", settings: ["work_mem=4MB", "lock_timeout=1s"]))
        let to = withFunction(function(returns: "trigger", body: "b", settings: ["work_mem=8MB"]))
        let changes = diff(from: from, to: to)
        #expect(changes.map(\.kind) == ["replace_function", "set_function_setting", "reset_function_setting"])
        #expect(changes[1].sql == #"ALTER FUNCTION "app"."f"() SET "work_mem" TO '8MB'"#)
        #expect(changes[2].sql == #"ALTER FUNCTION "app"."f"() RESET "lock_timeout""#)
    }

    @Test func onlyChangedSettingsAreTouchedWhenTheBodyIsTheSame() {
        let from = withFunction(function(returns: "trigger", body: "a", settings: ["work_mem=4MB", "lock_timeout=1s"]))
        let to = withFunction(function(returns: "trigger", body: "a", settings: ["work_mem=4MB", "lock_timeout=2s"]))
        #expect(diff(from: from, to: to).map(\.sql) == [#"ALTER FUNCTION "app"."f"() SET "lock_timeout" TO '2s'"#])
    }

    @Test func functionThatCannotBeReplacedIsDroppedAndCreatedWithItsTriggers() {
        let from = withFunction(function(returns: "trigger", body: "a", settings: ["work_mem=4MB"]))
        let to = withFunction(function(returns: "event_trigger", body: "a", settings: ["work_mem=4MB"]))
        let changes = diff(from: from, to: to)
        #expect(
            changes.map(\.kind) == [
                "drop_trigger", "drop_function", "create_function", "set_function_setting", "create_trigger",
            ])
        #expect(changes.filter(\.isDestructive).isEmpty)
    }

    private func policyCatalog(_ policy: Policy) -> Catalog {
        var catalog = Catalog()
        catalog.add(Schema(name: "app"))
        catalog.add(Table(name: posts, columns: [Column(name: "id", type: "integer")], policies: [policy.name: policy], rowLevelSecurity: true))
        return catalog
    }

    @Test func policiesAreAlteredInPlaceWhenPostgresAllows() {
        let old = Policy(name: "p", table: posts, command: .select, using: "true")
        var roles = old
        roles.roles = ["app_reader"]
        roles.using = "(id > 0)"
        #expect(
            diff(from: policyCatalog(old), to: policyCatalog(roles)).map(\.sql) == [
                #"ALTER POLICY "p" ON "app"."posts" TO "app_reader" USING ((id > 0))"#
            ])
        var command = old
        command.command = .all
        #expect(diff(from: policyCatalog(old), to: policyCatalog(command)).map(\.kind) == ["drop_policy", "create_policy"])
    }

    @Test func rowLevelSecurityFlagsAreToggled() {
        var from = policyCatalog(Policy(name: "p", table: posts))
        from.tables[posts.key]?.forceRowLevelSecurity = true
        var to = from
        to.tables[posts.key]?.rowLevelSecurity = false
        to.tables[posts.key]?.forceRowLevelSecurity = false
        #expect(
            Set(diff(from: from, to: to).map(\.sql)) == [
                #"ALTER TABLE "app"."posts" DISABLE ROW LEVEL SECURITY"#,
                #"ALTER TABLE "app"."posts" NO FORCE ROW LEVEL SECURITY"#,
            ])
    }

    @Test func concurrentIndexHintOnlyAppliesToExistingTables() throws {
        var from = Catalog()
        from.add(Schema(name: "app"))
        from.add(Table(name: posts, columns: [Column(name: "id", type: "integer")]))
        var to = from
        let index = Index(
            name: "posts_id_idx", table: posts, keys: [IndexKey(expression: "id")])
        to.tables[posts.key]?.indexes[index.name] = index
        let hints = SchemaHints(concurrentIndexes: [index.qualifiedName.key])
        let change = try #require(diff(from: from, to: to, hints: hints).first)
        #expect(change.sql == #"CREATE INDEX CONCURRENTLY "posts_id_idx" ON "app"."posts" USING "btree" ("id")"#)
        #expect(change.requiresNoTransaction && change.hazard == nil)
        let created = diff(from: Catalog(), to: to, hints: hints).first { $0.kind == "create_index" }
        #expect(created?.requiresNoTransaction == false)
    }

    @Test func partitionsAreAttachedAndDetached() {
        var from = Catalog()
        from.add(Schema(name: "app"))
        let parent = QualifiedName("app", "events")
        from.add(Table(name: parent, columns: [Column(name: "at", type: "date")], partitionKey: "RANGE (at)"))
        from.add(Table(name: QualifiedName("app", "e1"), columns: [Column(name: "at", type: "date")]))
        var to = from
        to.tables[QualifiedName("app", "e1").key]?.partitionOf = PartitionBound(parent: parent, bound: "DEFAULT")
        #expect(diff(from: from, to: to).map(\.sql) == [#"ALTER TABLE "app"."events" ATTACH PARTITION "app"."e1" DEFAULT"#])
        #expect(diff(from: to, to: from).map(\.sql) == [#"ALTER TABLE "app"."events" DETACH PARTITION "app"."e1""#])
    }

    @Test func identityIsAddedAfterNotNullAndDefaultRemoval() {
        var from = Catalog()
        from.add(Schema(name: "app"))
        from.add(Table(name: posts, columns: [Column(name: "id", type: "integer", defaultExpression: "0")]))
        var to = from
        to.tables[posts.key]?.columns[0] = Column(
            name: "id", type: "integer", isNotNull: true, identity: Identity(generation: .always))
        #expect(
            diff(from: from, to: to).map(\.kind) == ["drop_default", "set_not_null", "add_identity"])
    }
}
