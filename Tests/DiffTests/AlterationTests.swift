import Catalog
import Testing

@testable import Diff

@Suite struct AlterationTests {
    private func table(_ name: String, _ columns: [String], pkey: String? = nil) -> Table {
        var table = Table(
            name: QualifiedName("app", name), columns: columns.map { Column(name: $0, type: "integer", isNotNull: true) })
        if let pkey {
            table.constraints[pkey] = Constraint(
                name: pkey, kind: .primaryKey(columns: [columns[0]]), definition: "PRIMARY KEY (\(columns[0]))")
        }
        return table
    }

    private func catalog(_ tables: Table...) -> Catalog {
        var catalog = Catalog()
        catalog.add(Schema(name: "app"))
        for table in tables { catalog.add(table) }
        return catalog
    }

    @Test func renameHintsEmitRenamesBeforeEverythingElse() {
        let from = catalog(table("people", ["id", "full_name"], pkey: "people_pkey"))
        let to = catalog(table("users", ["id", "name"], pkey: "users_pkey"))
        let hints = SchemaHints(renamedTables: ["app.users": "people"], renamedColumns: ["app.users": ["name": "full_name"]])
        #expect(
            diff(from: from, to: to, hints: hints).map(\.sql) == [
                #"ALTER TABLE "app"."people" RENAME TO "users""#,
                #"ALTER TABLE "app"."users" RENAME COLUMN "full_name" TO "name""#,
                #"ALTER TABLE "app"."users" DROP CONSTRAINT "people_pkey""#,
                #"ALTER TABLE "app"."users" ADD CONSTRAINT "users_pkey" PRIMARY KEY (id)"#,
            ])
    }

    @Test func withoutAHintARenamedColumnIsADropAndAnAdd() {
        let from = catalog(table("t", ["id", "old_name"]))
        let to = catalog(table("t", ["id", "new_name"]))
        let changes = diff(from: from, to: to)
        #expect(changes.map(\.kind) == ["drop_column", "add_column"])
        #expect(changes[0].isDestructive)
    }

    @Test func staleHintsAreIgnored() {
        let same = catalog(table("users", ["id"]))
        let hints = SchemaHints(renamedTables: ["app.users": "people"], renamedColumns: ["app.users": ["id": "uid"]])
        #expect(diff(from: same, to: same, hints: hints).isEmpty)
    }
}

extension AlterationTests {
    @Test func foreignKeysFollowARecreatedPrimaryKey() throws {
        var parent = table("p", ["id"], pkey: "p_old_pkey")
        var child = table("c", ["id", "p_id"])
        child.constraints["c_p_fkey"] = Constraint(
            name: "c_p_fkey",
            kind: .foreignKey(ForeignKey(columns: ["p_id"], referencedTable: parent.name, referencedColumns: ["id"])),
            definition: "FOREIGN KEY (p_id) REFERENCES app.p(id)")
        let from = catalog(parent, child)
        parent.constraints = [:]
        parent.constraints["p_pkey"] = Constraint(
            name: "p_pkey", kind: .primaryKey(columns: ["id"]), definition: "PRIMARY KEY (id)")
        let sql = diff(from: from, to: catalog(parent, child)).map(\.sql)
        #expect(
            sql == [
                #"ALTER TABLE "app"."c" DROP CONSTRAINT "c_p_fkey""#,
                #"ALTER TABLE "app"."p" DROP CONSTRAINT "p_old_pkey""#,
                #"ALTER TABLE "app"."p" ADD CONSTRAINT "p_pkey" PRIMARY KEY (id)"#,
                #"ALTER TABLE "app"."c" ADD CONSTRAINT "c_p_fkey" FOREIGN KEY (p_id) REFERENCES app.p(id)"#,
            ])
    }
}
