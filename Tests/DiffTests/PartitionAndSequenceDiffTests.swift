import Catalog
import Testing

@testable import Diff

/// Partition clones, validity changes and sequence options (issue 8), on in-memory catalogs.
@Suite struct PartitionAndSequenceDiffTests {
    private let parent = QualifiedName("app", "e")
    private let child = QualifiedName("app", "e_1")

    private var columns: [Column] {
        [Column(name: "id", type: "integer", isNotNull: true), Column(name: "n", type: "integer")]
    }

    /// `app.e` with a primary key, a check and an index; `app.e_1` either its partition (with the clones Postgres
    /// made) or a plain table with the given own constraints and indexes.
    private func catalog(partition: Bool, own: [Constraint] = [], ownIndexes: [Index] = []) -> Catalog {
        var catalog = Catalog()
        catalog.add(Schema(name: "app"))
        let key = Constraint(name: "e_pkey", kind: .primaryKey(columns: ["id"]), definition: "PRIMARY KEY (id)")
        catalog.add(
            Table(
                name: parent, columns: columns, constraints: ["e_pkey": key, "e_n_check": check],
                indexes: ["e_n_idx": parentIndex], partitionKey: "RANGE (id)"))
        var table = Table(name: child, columns: columns)
        for constraint in own { table.constraints[constraint.name] = constraint }
        for index in ownIndexes { table.indexes[index.name] = index }
        if partition {
            table.partitionOf = PartitionBound(parent: parent, bound: "FOR VALUES FROM (0) TO (10)")
            table.inheritedConstraints = [
                "e_1_pkey": Constraint(name: "e_1_pkey", kind: .primaryKey(columns: ["id"]), definition: "PRIMARY KEY (id)"),
                "e_n_check": check,
            ]
            var attached = index("e_1_n_idx", on: child)
            attached.parentIndex = "e_n_idx"
            table.attachedIndexes = ["e_1_n_idx": attached]
        }
        catalog.add(table)
        return catalog
    }

    private func index(_ name: String, on table: QualifiedName) -> Index {
        Index(
            name: name, table: table, keys: [IndexKey(expression: "n")])
    }

    private var parentIndex: Index {
        var index = index("e_n_idx", on: parent)
        index.isPartitioned = true
        return index
    }

    private var check: Constraint {
        Constraint(name: "e_n_check", kind: .check(expression: "(n > 0)", noInherit: false), definition: "CHECK ((n > 0))")
    }

    private var ownKey: Constraint {
        Constraint(name: "e_1_pkey", kind: .primaryKey(columns: ["id"]), definition: "PRIMARY KEY (id)")
    }

    @Test func aDetachedPartitionKeepsWhatPostgresClonedIntoIt() {
        let plain = catalog(partition: false, own: [ownKey, check], ownIndexes: [index("e_1_n_idx", on: child)])
        let sql = diff(from: catalog(partition: true), to: plain).map(\.sql)
        #expect(sql == [#"ALTER TABLE "app"."e" DETACH PARTITION "app"."e_1""#])
    }

    @Test func clonesADetachedPartitionShouldNotKeepAreDroppedAfterTheDetach() {
        let sql = diff(from: catalog(partition: true), to: catalog(partition: false)).map(\.sql)
        #expect(
            sql == [
                #"ALTER TABLE "app"."e" DETACH PARTITION "app"."e_1""#,
                #"DROP INDEX "app"."e_1_n_idx""#,
                #"ALTER TABLE "app"."e_1" DROP CONSTRAINT "e_1_pkey""#,
                #"ALTER TABLE "app"."e_1" DROP CONSTRAINT "e_n_check""#,
            ])
    }

    @Test func attachingKeepsMatchingOwnObjectsAndAddsTheParentsChecksFirst() {
        let plain = catalog(partition: false, own: [ownKey], ownIndexes: [index("e_1_n_idx", on: child)])
        let sql = diff(from: plain, to: catalog(partition: true)).map(\.sql)
        #expect(
            sql == [
                #"ALTER TABLE "app"."e_1" ADD CONSTRAINT "e_n_check" CHECK ((n > 0))"#,
                #"ALTER TABLE "app"."e" ATTACH PARTITION "app"."e_1" FOR VALUES FROM (0) TO (10)"#,
            ])
    }

    @Test func aNewBoundIsADetachAndAnAttachThatLeavesTheClonesAlone() {
        var moved = catalog(partition: true)
        moved.tables[child.key]?.partitionOf?.bound = "FOR VALUES FROM (0) TO (20)"
        let sql = diff(from: catalog(partition: true), to: moved).map(\.sql)
        #expect(
            sql == [
                #"ALTER TABLE "app"."e" DETACH PARTITION "app"."e_1""#,
                #"ALTER TABLE "app"."e" ATTACH PARTITION "app"."e_1" FOR VALUES FROM (0) TO (20)"#,
            ])
    }

    @Test func aSubPartitionKeyedOnARetypedColumnIsDroppedBeforeTheParentsRetypeAndCreatedAfter() throws {
        let leaf = QualifiedName("app", "e_1_low")
        func schema(_ type: String) -> Catalog {
            var catalog = Catalog()
            catalog.add(Schema(name: "app"))
            let columns = [Column(name: "id", type: "integer", isNotNull: true), Column(name: "n", type: type)]
            catalog.add(Table(name: parent, columns: columns, partitionKey: "RANGE (id)"))
            var branch = Table(name: child, columns: columns, partitionKey: "RANGE (n)")
            branch.partitionOf = PartitionBound(parent: parent, bound: "FOR VALUES FROM (0) TO (10)")
            catalog.add(branch)
            var low = Table(name: leaf, columns: columns)
            low.partitionOf = PartitionBound(parent: child, bound: "FOR VALUES FROM (0) TO (100)")
            catalog.add(low)
            return catalog
        }
        let changes = diff(from: schema("integer"), to: schema("bigint"))
        let sql = changes.map(\.sql)
        let retype = try #require(sql.firstIndex(of: #"ALTER TABLE "app"."e" ALTER COLUMN "n" TYPE bigint"#))
        let drops = [child, leaf].map { sql.firstIndex(of: "DROP TABLE \($0.sql)") }
        let creates = [child, leaf].map { name in
            changes.firstIndex { $0.kind == "create_table" && $0.sql.hasPrefix("CREATE TABLE \(name.sql) ") }
        }
        #expect(drops.allSatisfy { $0.map { $0 < retype } == true }, "\(sql.joined(separator: "\n"))")
        #expect(creates.allSatisfy { $0.map { $0 > retype } == true }, "\(sql.joined(separator: "\n"))")
        #expect(changes.filter { $0.kind == "alter_column_type" }.count == 1)
        #expect(changes.contains { $0.kind == "drop_table" && $0.isDestructive })
    }

    @Test func aNewPartitionedIndexIsBuiltOnEachPartitionFirstUnderItsOwnNameThenOnTheParent() {
        var from = catalog(partition: true)
        from.tables[parent.key]?.indexes = [:]
        from.tables[child.key]?.attachedIndexes = [:]
        var hints = SchemaHints()
        hints.concurrentIndexes = [QualifiedName("app", "e_n_idx").key, QualifiedName("app", "e_1_n_idx").key]
        let changes = diff(from: from, to: catalog(partition: true), hints: hints)
        #expect(
            changes.map(\.sql) == [
                #"CREATE INDEX CONCURRENTLY "e_1_n_idx" ON "app"."e_1" USING "btree" ("n")"#,
                #"CREATE INDEX "e_n_idx" ON "app"."e" USING "btree" ("n")"#,
            ])
        #expect(changes.last?.hazard?.contains("on every partition") == true)
    }

    @Test func anAttachedIndexNamedDifferentlyInTheTargetIsRenamed() {
        var to = catalog(partition: true)
        var renamed = to.tables[child.key]!.attachedIndexes.removeValue(forKey: "e_1_n_idx")!
        renamed.name = "e_1 notes"
        to.tables[child.key]?.attachedIndexes = ["e_1 notes": renamed]
        #expect(
            diff(from: catalog(partition: true), to: to).map(\.sql) == [
                #"ALTER INDEX "app"."e_1_n_idx" RENAME TO "e_1 notes""#
            ])
        var recreated = to
        recreated.tables[parent.key]?.indexes["e_n_idx"]?.keys = [IndexKey(expression: "n", descending: true)]
        #expect(!diff(from: catalog(partition: true), to: recreated).contains { $0.kind == "rename_index" })
    }

    @Test func sequenceOptionsGoingBackToTheirDefaultsAreStated() {
        let name = QualifiedName("app", "s")
        var from = Catalog()
        from.add(Schema(name: "app"))
        var to = from
        from.add(
            SequenceDefinition(
                name: name, dataType: "smallint",
                options: SequenceOptions(start: 7, increment: 5, minValue: 3, maxValue: 999, cache: 20, cycle: true)))
        to.add(SequenceDefinition(name: name, dataType: "integer"))
        #expect(
            diff(from: from, to: to).map(\.sql) == [
                #"ALTER SEQUENCE "app"."s" AS integer INCREMENT BY 1 NO MINVALUE NO MAXVALUE START WITH 1 CACHE 1 NO CYCLE"#
            ])
        to.sequences[name.key]?.options = SequenceOptions(increment: -2, maxValue: -3)
        #expect(
            diff(from: from, to: to).map(\.sql) == [
                #"ALTER SEQUENCE "app"."s" AS integer INCREMENT BY -2 NO MINVALUE MAXVALUE -3 START WITH -3 CACHE 1 NO CYCLE"#
            ])
    }

    @Test func identityOptionsGoingBackToTheirDefaultsAreStated() {
        let change = Change.alterIdentity(
            QualifiedName("app", "t"), column: "id", Identity(generation: .byDefault, options: SequenceOptions()))
        #expect(
            change.sql
                == #"ALTER TABLE "app"."t" ALTER COLUMN "id" SET GENERATED BY DEFAULT SET INCREMENT BY 1 SET NO MINVALUE SET NO MAXVALUE SET START WITH 1 SET CACHE 1 SET NO CYCLE"#
        )
    }

    @Test func aDomainCheckBecomingValidIsValidatedNotRecreated() {
        let name = QualifiedName("app", "d")
        var from = Catalog()
        from.add(Schema(name: "app"))
        var to = from
        from.add(
            Domain(
                name: name, baseType: "integer",
                checks: [DomainCheck(name: "d_check", definition: "CHECK ((VALUE > 0)) NOT VALID", isValidated: false)]))
        to.add(Domain(name: name, baseType: "integer", checks: [DomainCheck(name: "d_check", definition: "CHECK ((VALUE > 0))")]))
        #expect(diff(from: from, to: to).map(\.sql) == [#"ALTER DOMAIN "app"."d" VALIDATE CONSTRAINT "d_check""#])
        #expect(
            diff(from: to, to: from).map(\.sql) == [
                #"ALTER DOMAIN "app"."d" DROP CONSTRAINT "d_check""#,
                #"ALTER DOMAIN "app"."d" ADD CONSTRAINT "d_check" CHECK ((VALUE > 0)) NOT VALID"#,
            ])
    }
}
