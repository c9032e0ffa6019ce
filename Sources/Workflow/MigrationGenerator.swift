import Catalog
import Diff
import Foundation
import Introspection
import Migrations
import Postgres
import SchemaLoading

/// One migration file `db generate` writes, with its optional rollback.
public struct GeneratedMigration: Sendable {
    public let fileName: String
    public let sql: String
    public let downFileName: String
    public let downSQL: String
    public let changes: [Change]
}

/// What `db generate` found: the files to write, and any difference the generated SQL does not resolve.
public struct GenerationResult: Sendable {
    public let migrations: [GeneratedMigration]
    /// Changes still needed after applying the generated files to the replayed migrations (empty when correct).
    public let unresolved: [Change]
}

/// Builds the next migration: the diff from the replayed migrations to the DSL schema, split into files where some
/// statements must run outside a transaction, each verified by applying it to the replayed scratch database (which
/// also yields the exact reverse diff for its `.down.sql`).
public struct MigrationGenerator {
    public let loader: CatalogLoader
    /// What the diffs compare beyond the objects (owners with `--owners`).
    public let options: DiffOptions

    public init(loader: CatalogLoader, options: DiffOptions = DiffOptions()) {
        self.loader = loader
        self.options = options
    }

    public func generate(name: String?, now: Date = Date()) throws -> GenerationResult {
        let source = try loader.schemaSource()
        let schemas = source.schemaNames
        let files = try MigrationDirectory.loadIfPresent(loader.migrationsDirectory)
        let server = try loader.scratchServer()
        return try ScratchDatabase.with(on: server) { connection, _ in
            let (desired, replayed) = try concurrently(
                { try source.load(on: server) },
                {
                    try MigrationReplay.apply(files, to: connection)
                    return try introspectExisting(connection, schemas: schemas)
                })
            var current = replayed
            let changes = diff(from: current, to: desired, hints: source.hints, options: options)
            guard !changes.isEmpty else { return GenerationResult(migrations: [], unresolved: []) }
            let segments = ChangeApplier.segments(changes)
            var versions = MigrationVersions(after: files.map(\.version).max(), now: now)
            let baseName = MigrationNaming.name(explicit: name, changes: changes)
            var migrations: [GeneratedMigration] = []
            for (index, segment) in segments.enumerated() {
                do {
                    try ChangeApplier.apply(segment, to: connection)
                } catch let failure as StatementFailure {
                    throw WorkflowError(
                        "a generated statement failed on the replayed migrations: \(failure)",
                        next: "this is a bug in db's diff; please report it with the schema change that caused it")
                }
                let next = try introspectExisting(connection, schemas: schemas)
                let down = diff(from: next, to: current, options: options)
                current = next
                let version = versions.next()
                let suffix = segments.count > 1 ? "_\(index + 1)_of_\(segments.count)" : ""
                let stem = "\(version)_\(baseName)\(suffix)"
                migrations.append(
                    GeneratedMigration(
                        fileName: stem + ".sql", sql: MigrationFileText.up(segment, fileName: stem + ".sql"),
                        downFileName: stem + ".down.sql", downSQL: MigrationFileText.down(down, of: stem + ".sql"),
                        changes: segment))
            }
            return GenerationResult(migrations: migrations, unresolved: diff(from: current, to: desired, options: options))
        }
    }
}

/// Migration versions (`YYYYMMDDHHMMSS`, UTC): now, or one second after the newest existing version, then one
/// second apart.
struct MigrationVersions {
    private var upcoming: Date
    private let formatter: DateFormatter

    init(after existing: String?, now: Date) {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMddHHmmss"
        self.formatter = formatter
        let afterExisting = existing.flatMap { formatter.date(from: $0) }.map { $0.addingTimeInterval(1) }
        let wholeSecondNow = Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down))
        upcoming = max(wholeSecondNow, afterExisting ?? wholeSecondNow)
    }

    mutating func next() -> String {
        defer { upcoming = upcoming.addingTimeInterval(1) }
        return formatter.string(from: upcoming)
    }
}
