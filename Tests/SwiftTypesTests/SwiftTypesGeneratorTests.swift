import Catalog
import DBTestSupport
import Foundation
import Postgres
import SwiftTypes
import Testing

@Suite struct SwiftTypesGeneratorTests {
    static let widgets = QualifiedName("public", "widgets")

    static var catalog: Catalog {
        var catalog = Catalog()
        catalog.add(EnumType(name: QualifiedName("public", "widget_kind"), labels: ["small", "extra large"]))
        catalog.add(
            Table(
                name: widgets,
                columns: [
                    Column(name: "id", type: "uuid", isNotNull: true),
                    Column(name: "kind", type: "public.widget_kind", isNotNull: true),
                    Column(name: "price", type: "numeric(10,2)"),
                    Column(name: "tags", type: "text[]", isNotNull: true),
                    Column(name: "metadata", type: "jsonb"),
                    Column(name: "created_at", type: "timestamp with time zone", isNotNull: true),
                    Column(name: "count", type: "integer"),
                    Column(name: "default", type: "boolean"),
                ]))
        catalog.add(
            Function(
                name: QualifiedName("public", "widget_count"), identityArguments: "since timestamp with time zone",
                returnType: "bigint", language: "sql", body: "SELECT 1", volatility: .stable))
        return catalog
    }

    @Test func mapsColumnsToSwiftTypesWithCodingKeys() {
        let source = SwiftTypesGenerator(catalog: Self.catalog).render()
        #expect(source.contains("public struct Widgets: Codable, Sendable, Hashable"))
        #expect(source.contains("public var id: UUID\n"))
        #expect(source.contains("public var kind: Public.WidgetKind\n"))
        #expect(source.contains("public var price: Decimal?"))
        #expect(source.contains("public var tags: [String]\n"))
        #expect(source.contains("public var metadata: JSONValue?"))
        #expect(source.contains("public var createdAt: Date\n"))
        #expect(source.contains("case createdAt = \"created_at\""))
        #expect(source.contains("public var `default`: Bool?"))
        #expect(source.contains("case extraLarge = \"extra large\""))
        #expect(source.contains("public typealias Result = Int64"))
        #expect(SwiftTypesGenerator(catalog: Self.catalog).render() == source)
    }

    /// Compiles the generated file with a small program that decodes a row Postgres rendered as JSON and encodes it
    /// back; Postgres then confirms the re-encoded row equals the stored one.
    @Test func generatedFileCompilesAndRoundTripsARow() throws {
        let connection = try Connection(try TestCluster.newDatabase("types"))
        try connection.execute(
            """
            CREATE TYPE widget_kind AS ENUM ('small', 'extra large');
            CREATE TABLE widgets (id uuid NOT NULL, kind widget_kind NOT NULL, price numeric(10,2), tags text[] NOT NULL,
              metadata jsonb, created_at timestamptz NOT NULL, count integer, "default" boolean);
            INSERT INTO widgets VALUES (gen_random_uuid(), 'extra large', 12.50, '{a,"b c"}', '{"k": [1, true, null]}',
              '2026-11-25 16:27:25.123456+00', NULL, true);
            """)
        let rowJSON = try connection.execute("SELECT row_to_json(w)::text AS j FROM widgets w").rows[0].string("j")

        let directory = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("types-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try SwiftTypesGenerator(catalog: Self.catalog).render()
            .write(to: directory.appendingPathComponent("Generated.swift"), atomically: true, encoding: .utf8)
        try """
            import Foundation
            let input = try Data(contentsOf: URL(fileURLWithPath: CommandLine.arguments[1]))
            let row = try DatabaseJSON.decoder().decode(Public.Widgets.self, from: input)
            precondition(row.kind == .extraLarge && row.tags == ["a", "b c"] && row.count == nil)
            FileHandle.standardOutput.write(try DatabaseJSON.encoder().encode(row))
            """.write(to: directory.appendingPathComponent("main.swift"), atomically: true, encoding: .utf8)
        try rowJSON.write(to: directory.appendingPathComponent("row.json"), atomically: true, encoding: .utf8)
        let binary = directory.appendingPathComponent("roundtrip").path
        try runProcess(
            "/usr/bin/env",
            ["swiftc", "-o", binary, directory.appendingPathComponent("Generated.swift").path,
             directory.appendingPathComponent("main.swift").path])
        let reencoded = try runProcess(binary, [directory.appendingPathComponent("row.json").path])

        let matches = try connection.query(
            "SELECT count(*) AS n FROM widgets w WHERE w = jsonb_populate_record(NULL::widgets, $1::jsonb)", [reencoded])
        #expect(matches.rows[0].int("n") == 1, "re-encoded row \(reencoded) differs from \(rowJSON)")
    }
}
