import Catalog
import DBTestSupport
import Diff
import Foundation
import Introspection
import Postgres
import SQLSyntax
import Testing

@testable import Workflow

/// Output a user runs cannot be changed by a name: for the objects of `HostileSchema`, in both directions, the
/// `db diff` script and the generated migration files hold exactly the plan's statements (libpg_query finds no
/// other), applying them with `psql -f` or the project's applier keeps every row of the tables both sides have and
/// leaves no difference, and the human-readable, JSON and Swift outputs keep every name on its line.
@Suite(.serialized) struct HostileNameTests {
    static let psql = "/usr/lib/postgresql/15/bin/psql"

    @Test(arguments: [HostileSchema.Side.a, .b])
    func diffAndMigrationScriptsHoldExactlyThePlan(from side: HostileSchema.Side) throws {
        let to: HostileSchema.Side = side == .a ? .b : .a
        let source = try Self.database(side)
        let target = try Self.database(to)
        let plan = diff(from: try introspect(Connection(source)), to: try introspect(Connection(target)))
        #expect(plan.count > HostileSchema.pieces.count * 10, "the sides should differ in many ways")

        let printed = try DBBinary.run(["diff", "--from", source.raw, "--to", target.raw])
        #expect(printed.exitCode == 0, "\(printed.stderr)")
        try Self.expectStatements(of: printed.stdout, are: plan, "db diff")
        let viaPsql = try Self.database(side)
        try Self.expectMigrates(viaPsql, to: target, keepingRowsOf: source, "db diff through psql") {
            try Self.runPsql(printed.stdout, on: viaPsql)
        }

        let viaApplier = try Self.database(side)
        try Self.expectMigrates(viaApplier, to: target, keepingRowsOf: source, "ChangeApplier") {
            try ChangeApplier.apply(all: plan, to: Connection(viaApplier))
        }

        let segments = ChangeApplier.segments(plan)
        let files = segments.enumerated().map { index, segment in
            MigrationFileText.up(segment, fileName: "2026010100000\(index)_hostile.sql")
        }
        for (file, segment) in zip(files, segments) {
            try Self.expectStatements(of: file, are: segment, "migration file")
        }
        let viaFiles = try Self.database(side)
        try Self.expectMigrates(viaFiles, to: target, keepingRowsOf: source, "generated migration files") {
            for file in files { try Self.runPsql(file, on: viaFiles) }
        }

        let json = try DBBinary.run(["diff", "--from", source.raw, "--to", target.raw, "--json"])
        let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let entries = try #require(document?["changes"] as? [[String: Any]], "\(json.stderr)")
        #expect(entries.compactMap { $0["sql"] as? String } == plan.map(\.sql))
        #expect(entries.compactMap { $0["summary"] as? String } == plan.map(\.summary))
        let multiLine = plan.map(\.summary).filter { $0.contains { $0.isNewline } }
        #expect(multiLine.isEmpty, "summaries spanning lines: \(multiLine)")
    }

    @Test func inspectPullAndTypesKeepEveryNameOnItsLine() throws {
        let database = try Self.database(.b)
        let catalog = try introspect(Connection(database))
        let inspect = try DBBinary.run(["inspect", "--database-url", database.raw])
        #expect(inspect.exitCode == 0, "\(inspect.stderr)")
        let lines = inspect.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let tableLines = lines.filter { $0.hasPrefix("  ") && $0.contains(" columns, ") }
        #expect(tableLines.count == catalog.tables.count, "\(inspect.stdout)")
        #expect(!lines.contains { $0.hasPrefix("DROP") }, "\(inspect.stdout)")

        let directory = try TemporaryDirectory("hostile_pull")
        defer { try? FileManager.default.removeItem(at: directory.url) }
        let out = directory.url.appendingPathComponent("Pulled").path
        let pull = try DBBinary.run(["pull", "--database-url", database.raw, "--out", out, "--name", "HostileSchema"])
        #expect(pull.exitCode == 0, "\(pull.stderr)")
        let pulled = try FileManager.default.contentsOfDirectory(atPath: out).map { out + "/" + $0 }
        let markers = try pulled.flatMap { try String(contentsOfFile: $0, encoding: .utf8).split(separator: "\n") }
            .filter { $0.contains("// db pull: cannot express") }
        #expect(markers.count == HostileSchema.pieces.count, "one marker per function with an unnamed parameter")
        try Self.expectSwiftParses(pulled, "db pull")

        let typesFile = directory.url.appendingPathComponent("Types.swift").path
        let types = try DBBinary.run(["types", "--database-url", database.raw, "--out", typesFile])
        #expect(types.exitCode == 0, "\(types.stderr)")
        try Self.expectSwiftParses([typesFile], "db types")
    }

    // MARK: - Helpers

    /// A new database holding one side (the role side `b` grants to is created first).
    static func database(_ side: HostileSchema.Side) throws -> ConnectionString {
        let target = try TestCluster.newDatabase("hostile_\(side.rawValue)")
        let admin = try Connection(try TestCluster.shared().connectionString())
        let exists =
            try admin.query(
                "SELECT 1 FROM pg_roles WHERE rolname = \(quoteLiteral(HostileSchema.role))"
            ).rows.isEmpty == false
        if !exists { try admin.execute("CREATE ROLE \(quoteIdentifier(HostileSchema.role))") }
        try Connection(target).execute(HostileSchema.sql(side))
        return target
    }

    /// libpg_query reads `script` as exactly the statements of `plan`, in order (parse trees compared without
    /// source locations), and nothing else: no name, label or comment text became a statement.
    static func expectStatements(of script: String, are plan: [Change], _ what: String) throws {
        let statements = try SQLParser.parse(script).map { withoutLocations($0.node) }
        let expected = try plan.flatMap { try SQLParser.parse($0.sql).map { withoutLocations($0.node) } }
        #expect(statements.count == expected.count, "\(what): \(statements.count) statements for \(expected.count)")
        #expect(statements.map { $0.tagged?.kind } == expected.map { $0.tagged?.kind }, "\(what): statement kinds")
        #expect(statements == expected, "\(what): parse trees differ from the plan's")
    }

    /// Runs `migrate` on `database` (built like `source`), then checks that every table `source` and `target` both
    /// have kept its rows and that no difference to `target` is left.
    static func expectMigrates(
        _ database: ConnectionString, to target: ConnectionString, keepingRowsOf source: ConnectionString,
        _ what: String, migrate: () throws -> Void
    ) throws {
        let before = try introspect(Connection(source))
        let after = try introspect(Connection(target))
        let shared = before.tables.values.map(\.name).filter { after.tables[$0.key] != nil }.sorted()
        #expect(shared.count > HostileSchema.pieces.count * 2, "\(what): tables on both sides")
        let rowsBefore = try rowCounts(shared, on: source)
        try migrate()
        #expect(try rowCounts(shared, on: database) == rowsBefore, "\(what): rows of tables both sides have")
        let left = diff(from: try introspect(Connection(database)), to: try introspect(Connection(target)))
        #expect(left.isEmpty, "\(what): second diff not empty:\n\(left.map(\.sql).joined(separator: ";\n"))")
    }

    static func rowCounts(_ tables: [QualifiedName], on database: ConnectionString) throws -> [Int] {
        let connection = try Connection(database)
        return try tables.map { table in
            try connection.query("SELECT count(*) AS n FROM \(qualifiedName(table.schema, table.name))").rows[0].int(
                "n")
        }
    }

    static func runPsql(_ script: String, on database: ConnectionString) throws {
        let file = NSTemporaryDirectory() + "hostile-\(UUID().uuidString).sql"
        try script.write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let outcome = try Subprocess.run(psql, ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", database.raw, "-f", file])
        #expect(outcome.exitCode == 0, "psql -f failed: \(outcome.stderr)")
    }

    /// `swiftc -parse`: the files are Swift source with no stray line (a name that ended a comment would leave one).
    static func expectSwiftParses(_ files: [String], _ what: String) throws {
        let outcome = try Subprocess.run("/usr/bin/env", ["swiftc", "-parse"] + files)
        #expect(outcome.exitCode == 0, "\(what): swiftc -parse failed:\n\(outcome.stderr)")
    }

    static func withoutLocations(_ node: ParseNode) -> ParseNode {
        switch node {
        case .object(let fields):
            return .object(fields.filter { $0.key != "location" }.mapValues(withoutLocations))
        case .array(let items): return .array(items.map(withoutLocations))
        default: return node
        }
    }
}
