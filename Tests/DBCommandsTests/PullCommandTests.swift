import DBTestSupport
import Foundation
import Postgres
import Testing

@Suite struct PullCommandTests {
    @Test func pullWritesOneFilePerSchemaAndRefusesToOverwriteWithoutForce() throws {
        let target = try TestCluster.newDatabase("pull_cli")
        try Connection(target).execute(
            """
            CREATE SCHEMA shop;
            CREATE TABLE shop.orders (id bigint PRIMARY KEY, total numeric CHECK (total >= 0));
            CREATE TABLE shop.lines (order_id bigint REFERENCES shop.orders(id), note text);
            ALTER TABLE shop.lines ADD CONSTRAINT lines_note_check CHECK (note <> '') NOT VALID;
            ALTER TABLE shop.lines FORCE ROW LEVEL SECURITY;
            """)
        let directory = try TemporaryDirectory("pull")
        defer { try? FileManager.default.removeItem(at: directory.url) }
        do {
            let out = directory.url.appendingPathComponent("Pulled").path
            let arguments = ["pull", "--database-url", target.raw, "--out", out, "--name", "ShopSchema"]
            let first = try DBBinary.run(arguments)
            #expect(first.exitCode == 0, "\(first.stderr)")
            let names = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
            #expect(names == ["ShopSchema+ShopSchema.swift", "ShopSchema.swift"])
            let shop = try String(contentsOfFile: out + "/ShopSchema+ShopSchema.swift", encoding: .utf8)
            #expect(shop.contains(#"Check("orders_total_check", "(total >= (0)::numeric)")"#))
            #expect(shop.contains(#"Check("lines_note_check", "(note <> ''::text)").notValid()"#))
            #expect(shop.contains("// db pull: cannot express FORCE ROW LEVEL SECURITY without ENABLE (table shop.lines)"))
            #expect(first.stderr.contains("warning: db pull cannot express table shop.lines: FORCE ROW LEVEL SECURITY"))

            let refused = try DBBinary.run(arguments)
            #expect(refused.exitCode == 2)
            #expect(refused.stderr.contains("pass --force"))
            let forced = try DBBinary.run(arguments + ["--force"])
            #expect(forced.exitCode == 0, "\(forced.stderr)")
            #expect(try String(contentsOfFile: out + "/ShopSchema+ShopSchema.swift", encoding: .utf8) == shop)
        }
    }
}
