import ArgumentParser
import Catalog
import Foundation
import Postgres
import SQLSyntax
import SwiftTypes
import Workflow

/// `db check`: drift detection for CI.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Detect drift between the Swift schema, the migrations and a live database (for CI).",
        discussion: """
            Checks, each reported separately: (1) the migrations directory is up to date with the Swift schema \
            (replayed migrations vs schema); with a database (--database-url or DATABASE_URL): (2) every \
            migration is applied with a matching checksum and no unknown versions are recorded, and (3) the live \
            schema equals the replayed migrations (no out-of-band changes); with --types FILE: (4) FILE equals \
            what `db types` generates (from the database, else from the replayed migrations). Exit codes: 0 in \
            sync, 1 drift found, 2 error. --json prints {"format": 1, "in_sync": …, "checks": […]}.
            """)

    @Option(name: .customLong("database-url"), help: "Also check this database (default: DATABASE_URL if set).")
    var databaseURL: String?
    @Option(help: "Also check that this generated Swift types file is up to date.")
    var types: String?
    @Flag(help: "Print a machine-readable report.")
    var json = false
    @OptionGroup var directory: MigrationsDirectoryOption
    @OptionGroup var scratch: ScratchServerOptions
    @OptionGroup var ownership: OwnersOption

    func run() throws {
        let database = try (databaseURL ?? ProcessInfo.processInfo.environment["DATABASE_URL"])
            .flatMap { $0.isEmpty ? nil : try ConnectionString($0) }
        if let database, !json { Output.line("target: \(database.redacted)") }
        let check = DriftCheck(
            loader: scratch.loader(migrations: directory, target: database), options: ownership.diffOptions)
        let findings = try check.run(
            database: database, typesFile: types.map { URL(fileURLWithPath: $0) },
            renderTypes: { SwiftTypesGenerator(catalog: $0).render() })
        let inSync = !findings.contains { $0.status == .drift }
        if json {
            Output.line(try Output.stableJSON(CheckReport(inSync: inSync, checks: findings)))
        } else {
            for finding in findings { Output.line(Self.render(finding)) }
            Output.line(inSync ? "in sync" : "drift found")
        }
        if !inSync { throw ExitCode(1) }
    }

    private static func render(_ finding: DriftFinding) -> String {
        let mark = ["ok": "ok   ", "drift": "DRIFT", "skipped": "skip "][finding.status.rawValue]!
        var lines = ["\(mark) \(finding.check): \(finding.summary)"]
        lines += finding.details.map { "        " + singleLine($0) }
        if let sql = finding.sql {
            lines.append("      SQL that would reconcile it:")
            lines += sql.split(separator: "\n").map { "        \($0)" }
        }
        return lines.joined(separator: "\n")
    }
}

/// The `db check --json` document (keys in snake case: `in_sync`).
struct CheckReport: Encodable {
    let format = 1
    let inSync: Bool
    let checks: [DriftFinding]

    enum CodingKeys: String, CodingKey {
        case format
        case inSync = "in_sync"
        case checks
    }
}
