import Catalog
import DBTestSupport
import Foundation
import Introspection
import Postgres
import Testing

/// A fixture from `Fixtures/introspection/` loaded into a fresh database of the test cluster.
struct Fixture {
    let connection: Connection

    /// Creates a database, runs `Fixtures/introspection/<name>.sql` in it and keeps a connection open.
    init(_ name: String) throws {
        connection = try Connection(try TestCluster.newDatabase("intro_\(name)"))
        try connection.execute(try Self.sql(name))
    }

    /// The text of `Fixtures/introspection/<name>.sql`.
    static func sql(_ name: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/introspection/\(name).sql")
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// The whole catalog of the fixture database.
    func catalog(schemas: [String]? = nil) throws -> Catalog {
        try introspect(connection, schemas: schemas)
    }
}

/// JSON with sorted keys, as `db inspect --json` writes it.
func sortedJSON(_ catalog: Catalog) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
    return try encoder.encode(catalog)
}

/// Loads a fixture once and introspects it; suites share the result across their tests.
func loadedCatalog(_ name: String) -> Result<Catalog, any Error> {
    Result { try Fixture(name).catalog() }
}

extension Catalog {
    /// The table at `schema.name`, failing the test when it is missing.
    func table(_ schema: String, _ name: String) throws -> Table {
        try #require(tables[QualifiedName(schema, name).key], "no table \(schema).\(name)")
    }
}
