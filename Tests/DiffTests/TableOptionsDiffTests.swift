import Catalog
import Testing

@testable import Diff

/// Storage parameters, replica identity, column storage and statistics, inheritance and view options.
@Suite struct TableOptionsDiffTests {
    private let name = QualifiedName("app", "t")

    private func table(_ change: (inout Table) -> Void = { _ in }) -> Table {
        var table = Table(
            name: name,
            columns: [Column(name: "id", type: "integer", isNotNull: true), Column(name: "body", type: "text")])
        change(&table)
        return table
    }

    private func uniqueIndex(_ indexName: String, on column: String, method: String = "btree") -> Index {
        Index(
            name: indexName, table: name, method: method, isUnique: true, keys: [IndexKey(expression: column)])
    }

    private func catalog(_ tables: Table...) -> Catalog {
        var catalog = Catalog()
        catalog.add(Schema(name: "app"))
        for table in tables { catalog.add(table) }
        return catalog
    }

    private func sql(_ from: Catalog, _ to: Catalog) -> [String] { diff(from: from, to: to).map(\.sql) }

    @Test func changedAndRemovedStorageParametersAreOneSetAndOneReset() {
        let from = catalog(table { $0.storageParameters = ["autovacuum_enabled=false", "fillfactor=70"] })
        let to = catalog(table { $0.storageParameters = ["fillfactor=80", "toast.autovacuum_enabled=false"] })
        #expect(
            sql(from, to) == [
                #"ALTER TABLE "app"."t" RESET ("autovacuum_enabled")"#,
                #"ALTER TABLE "app"."t" SET ("fillfactor"='80', "toast"."autovacuum_enabled"='false')"#,
            ])
    }

    @Test func replicaIdentityUsingIndexFollowsTheNewIndexAndPrecedesTheDropOfTheOld() throws {
        let from = catalog(table {
            $0.indexes["t_old"] = uniqueIndex("t_old", on: "id")
            $0.replicaIdentity = .index("t_old")
        })
        let to = catalog(table {
            $0.indexes["t_new"] = uniqueIndex("t_new", on: "body")
            $0.replicaIdentity = .index("t_new")
        })
        let statements = sql(from, to)
        let create = try #require(statements.firstIndex { $0.hasPrefix(#"CREATE UNIQUE INDEX "t_new"#) })
        let identity = try #require(statements.firstIndex { $0.contains(#"REPLICA IDENTITY USING INDEX "t_new""#) })
        let drop = try #require(statements.firstIndex { $0.hasPrefix(#"DROP INDEX "app"."t_old""#) })
        #expect(create < identity && identity < drop)
    }

    @Test func replicaIdentityIsSetAgainWhenItsIndexIsRecreated() throws {
        let from = catalog(table {
            $0.indexes["t_key"] = uniqueIndex("t_key", on: "id")
            $0.replicaIdentity = .index("t_key")
        })
        let to = catalog(table {
            $0.indexes["t_key"] = uniqueIndex("t_key", on: "body")
            $0.replicaIdentity = .index("t_key")
        })
        let statements = sql(from, to)
        let create = try #require(statements.firstIndex { $0.hasPrefix(#"CREATE UNIQUE INDEX "t_key"#) })
        let identity = try #require(statements.firstIndex { $0.contains("REPLICA IDENTITY USING INDEX") })
        #expect(create < identity)
    }

    @Test func storageBackToTheDefaultIsSpelledAsTheTypesDefault() {
        let from = catalog(table {
            $0.columns[1].storage = "external"
            $0.columns.append(Column(name: "amount", type: "numeric(12,2)"))
            $0.columns[2].storage = "extended"
            $0.columns[0].statisticsTarget = 100
        })
        let to = catalog(table { $0.columns.append(Column(name: "amount", type: "numeric(12,2)")) })
        #expect(
            Set(sql(from, to)) == [
                #"ALTER TABLE "app"."t" ALTER COLUMN "body" SET STORAGE EXTENDED"#,
                #"ALTER TABLE "app"."t" ALTER COLUMN "amount" SET STORAGE MAIN"#,
                #"ALTER TABLE "app"."t" ALTER COLUMN "id" SET STATISTICS -1"#,
            ])
    }

    @Test func aChildIsCreatedAfterItsParentWithoutItsInheritedColumns() throws {
        let parent = table()
        var child = Table(name: QualifiedName("app", "child"), columns: parent.columns.map { column in
            var inherited = column
            inherited.isLocal = false
            return inherited
        } + [Column(name: "extra", type: "integer")])
        child.inheritsFrom = [name]
        child.columns[1].defaultExpression = "'child'::text"
        let statements = sql(Catalog(), catalog(child, parent))
        let parentCreate = try #require(statements.firstIndex { $0.hasPrefix(#"CREATE TABLE "app"."t""#) })
        let childCreate = try #require(statements.firstIndex { $0.hasPrefix(#"CREATE TABLE "app"."child""#) })
        #expect(parentCreate < childCreate)
        #expect(statements[childCreate] == "CREATE TABLE \"app\".\"child\" (\n    \"extra\" integer\n) INHERITS (\"app\".\"t\")")
        #expect(statements.contains(#"ALTER TABLE "app"."child" ALTER COLUMN "body" SET DEFAULT 'child'::text"#))
        let dropped = sql(catalog(child, parent), Catalog())
        let childDrop = try #require(dropped.firstIndex { $0 == #"DROP TABLE "app"."child""# })
        let parentDrop = try #require(dropped.firstIndex { $0 == #"DROP TABLE "app"."t""# })
        #expect(childDrop < parentDrop)
    }

    @Test func aColumnAddedToTheParentIsNotAddedToTheChildAgain() {
        let child = { (parent: Table) -> Table in
            var child = Table(name: QualifiedName("app", "child"), columns: parent.columns.map { column in
                var inherited = column
                inherited.isLocal = false
                return inherited
            })
            child.inheritsFrom = [parent.name]
            return child
        }
        let oldParent = table()
        let newParent = table { $0.columns.append(Column(name: "added", type: "boolean")) }
        #expect(
            sql(catalog(oldParent, child(oldParent)), catalog(newParent, child(newParent)))
                == [#"ALTER TABLE "app"."t" ADD COLUMN "added" boolean"#])
    }

    @Test func viewOptionsChangeInPlaceAndAMaterializedViewCanBeEmptied() {
        let view = View(name: QualifiedName("app", "v"), definition: "SELECT 1", options: ["security_barrier=true"])
        var changed = view
        changed.options = ["check_option=local"]
        var materialized = View(name: QualifiedName("app", "m"), isMaterialized: true, definition: "SELECT 1")
        var emptied = materialized
        emptied.isPopulated = false
        var from = catalog()
        from.add(view)
        from.add(materialized)
        var to = catalog()
        to.add(changed)
        to.add(emptied)
        #expect(
            Set(sql(from, to)) == [
                #"ALTER VIEW "app"."v" RESET ("security_barrier")"#,
                #"ALTER VIEW "app"."v" SET ("check_option"='local')"#,
                #"REFRESH MATERIALIZED VIEW "app"."m" WITH NO DATA"#,
            ])
        materialized.isPopulated = false
        #expect(diff(from: Catalog(), to: { var c = catalog(); c.add(materialized); return c }()).map(\.sql).contains(
            "CREATE MATERIALIZED VIEW \"app\".\"m\" AS\nSELECT 1\nWITH NO DATA"))
    }

    @Test func aViewTriggerComesBackWhenItsViewIsRecreated() throws {
        let trigger = Trigger(
            name: "v_insert", table: QualifiedName("app", "v"), timing: .insteadOf, events: [.insert],
            function: QualifiedName("app", "write"))
        var view = View(name: QualifiedName("app", "v"), definition: "SELECT 1 AS a", columns: ["a"], columnTypes: ["a": "integer"])
        view.triggers["v_insert"] = trigger
        var reordered = View(
            name: view.name, definition: "SELECT 'x' AS b", columns: ["b"], columnTypes: ["b": "text"])
        reordered.triggers["v_insert"] = trigger
        var from = catalog()
        from.add(view)
        var to = catalog()
        to.add(reordered)
        let statements = sql(from, to)
        let drop = try #require(statements.firstIndex { $0.hasPrefix("DROP VIEW") })
        let create = try #require(statements.firstIndex { $0.hasPrefix("CREATE VIEW") })
        let recreated = try #require(
            statements.firstIndex { $0.hasPrefix(#"CREATE TRIGGER "v_insert" INSTEAD OF INSERT ON "app"."v""#) })
        #expect(drop < create && create < recreated)
        #expect(!statements.contains { $0.hasPrefix("DROP TRIGGER") }, "the trigger goes with its view")
    }
}
