import Catalog
import Diff
import Foundation
import Migrations
import Postgres
import SchemaLoading

/// The result of one `db check` check.
public struct DriftFinding: Sendable, Encodable {
    public enum Status: String, Sendable, Encodable {
        case ok
        case drift
        case skipped
    }

    /// Stable id: `migrations_match_schema`, `history_matches_files`, `database_matches_migrations`, `types_up_to_date`.
    public let check: String
    public let status: Status
    /// One line for people.
    public let summary: String
    /// Individual problems (history problems, changed objects, differing lines).
    public let details: [String]
    /// SQL that would reconcile the drift, when SQL can.
    public let sql: String?
}

/// `db check`: is the migrations directory up to date with the DSL, and (with a database) is every migration applied
/// unchanged and the live schema exactly what the migrations produce?
public struct DriftCheck {
    public let loader: CatalogLoader
    /// What the diffs compare beyond the objects (owners with `--owners`).
    public let options: DiffOptions

    public init(loader: CatalogLoader, options: DiffOptions = DiffOptions()) {
        self.loader = loader
        self.options = options
    }

    /// Runs every applicable check. `database` enables the history and live-schema checks; `typesFile` enables the
    /// generated-types check (against `database`, else against the replayed migrations).
    public func run(
        database: ConnectionString?, typesFile: URL?, renderTypes: (Catalog) -> String
    ) throws -> [DriftFinding] {
        let files = try MigrationDirectory.load(loader.migrationsDirectory)
        let (replayed, desired) = try concurrently(
            { try MigrationReplay.catalog(files, on: try loader.scratchServer(), schemas: nil) },
            { () throws -> (SchemaSource, Catalog)? in
                guard loader.schema != nil else { return nil }
                let source = try loader.schemaSource()
                return (source, try source.load(on: try loader.scratchServer()))
            })
        var findings: [DriftFinding] = []
        if let (source, desired) = desired {
            findings.append(migrationsMatchSchema(replayed, source: source, desired: desired))
        } else {
            findings.append(
                DriftFinding(
                    check: "migrations_match_schema", status: .skipped,
                    summary: "no Swift schema in this executable", details: [], sql: nil))
        }
        var live: Catalog?
        if let database {
            let connection = try Connection(database, applicationName: "db check")
            findings.append(try historyMatchesFiles(connection, files))
            let catalog = try introspectExisting(connection, schemas: nil)
            live = catalog
            findings.append(databaseMatchesMigrations(live: catalog, replayed: replayed))
        }
        if let typesFile {
            findings.append(typesUpToDate(typesFile, expected: renderTypes(live ?? replayed), from: live == nil))
        }
        return findings
    }

    private func migrationsMatchSchema(_ replayed: Catalog, source: SchemaSource, desired: Catalog) -> DriftFinding {
        let names = Set(source.schemaNames)
        let changes = diff(
            from: replayed.filtered(toSchemas: names), to: desired, hints: source.hints, options: options)
        guard !changes.isEmpty else {
            return DriftFinding(
                check: "migrations_match_schema", status: .ok, summary: "migrations match the Swift schema",
                details: [], sql: nil)
        }
        return DriftFinding(
            check: "migrations_match_schema", status: .drift,
            summary: "the Swift schema has \(changes.count) change(s) with no migration; run `db generate`",
            details: changes.map(\.summary), sql: ChangeScript.render(changes))
    }

    private func historyMatchesFiles(_ connection: Connection, _ files: [MigrationFile]) throws -> DriftFinding {
        let status = try Migrator(connection: connection, files: files, options: MigrateOptions(), report: { _ in })
            .status()
        var details = status.problems.map(\.description)
        details += status.pending.map { "\($0.fileName) is not applied" }
        guard details.isEmpty else {
            return DriftFinding(
                check: "history_matches_files", status: .drift,
                summary: "the database's migration history differs from \(loader.migrationsDirectory.lastPathComponent)/",
                details: details, sql: nil)
        }
        return DriftFinding(
            check: "history_matches_files", status: .ok,
            summary: "all \(status.applied.count) migration(s) applied with matching checksums", details: [], sql: nil)
    }

    private func databaseMatchesMigrations(live: Catalog, replayed: Catalog) -> DriftFinding {
        let changes = diff(from: live, to: replayed, options: options)
        guard !changes.isEmpty else {
            return DriftFinding(
                check: "database_matches_migrations", status: .ok,
                summary: "the live schema is exactly what the migrations produce", details: [], sql: nil)
        }
        return DriftFinding(
            check: "database_matches_migrations", status: .drift,
            summary: "the live schema has \(changes.count) out-of-band difference(s) from the migrations",
            details: changes.map(\.summary), sql: ChangeScript.render(changes))
    }

    private func typesUpToDate(_ file: URL, expected: String, from replay: Bool) -> DriftFinding {
        let committed = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        guard committed != expected else {
            return DriftFinding(
                check: "types_up_to_date", status: .ok, summary: "\(file.lastPathComponent) is up to date",
                details: [], sql: nil)
        }
        let committedLines = committed.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let removed = committedLines.filter { !expectedLines.contains($0) }.prefix(20).map { "- \($0)" }
        let added = expectedLines.filter { !committedLines.contains($0) }.prefix(20).map { "+ \($0)" }
        let source = replay ? "the migrations" : "the database"
        return DriftFinding(
            check: "types_up_to_date", status: .drift,
            summary: committed.isEmpty
                ? "\(file.path) is missing; run `db types --out \(file.path)`"
                : "\(file.path) differs from the types generated from \(source); run `db types --out \(file.path)`",
            details: removed + added, sql: nil)
    }
}
