import ArgumentParser
import Foundation
import Introspection
import LockSafety
import MigrationLint
import Migrations
import Postgres

/// `db lint [FILES…]`: zero-downtime hazards in migration files, from their parse trees.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check migration files for zero-downtime hazards (exit 1 on error-level findings).",
        discussion: """
            Without FILES, lints every file in the migrations directory. Earlier migrations (and, with \
            --database-url or DATABASE_URL, the live database) tell which functions have per-function settings \
            and which tables already have row-level security; with a database the lock findings are also settled \
            against its catalog (partitions, type changes, volatile defaults) and name each relation's size and \
            how long the statement holds its lock (bytes ÷ a throughput measured on the server in a rolled-back \
            transaction, or --throughput). Silence a rule in one file with a comment \
            `-- db:lint-ignore <rule-id>`. Rules: \(LintRule.allCases.map(\.rawValue).joined(separator: ", ")).
            """)

    @Argument(help: "Migration files to lint (default: all files in the migrations directory).")
    var files: [String] = []
    @OptionGroup var directory: MigrationsDirectoryOption
    @Option(name: .customLong("database-url"), help: "Also read function settings and RLS state from this database.")
    var databaseURL: String?
    @Option(
        help: ArgumentHelp(
            "Rewrite and scan rate for lock estimates with a database, e.g. 50MB/s (default: measured on the server).",
            valueName: "rate"))
    var throughput: String?
    @Option(name: .customLong("tenant-column"), help: "A column that marks a tenant table (repeatable).")
    var tenantColumns: [String] = ["organization_id", "tenant_id"]
    @Flag(help: "Print findings as JSON.")
    var json = false

    func run() throws {
        let givenThroughput = try throughput.map(Self.parseThroughput)
        let directoryFiles = FileManager.default.fileExists(atPath: directory.url.path) ? try directory.load() : []
        let earlier = directoryFiles.map(LintRun.input)
        let targets = try files.isEmpty ? earlier : files.map(Self.readInput)
        var context = LintContext(tenantColumns: Set(tenantColumns))
        if let url = databaseURL ?? ProcessInfo.processInfo.environment["DATABASE_URL"], !url.isEmpty {
            let connection = try Connection(try ConnectionString(url), applicationName: "db lint")
            try Self.addDatabaseFacts(from: connection, to: &context)
            let rate = try givenThroughput ?? Throughput.measure(on: connection)
            context.sizedLocks = try MigrationLinter.sizedLocks(
                for: targets, using: LockSizing(connection, throughput: rate))
        }
        let findings = try LintRun.findings(targets: targets, after: earlier, linterContext: context)
        if json {
            Output.line(try Output.stableJSON(LintReport(findings: findings)))
        } else {
            for finding in findings { Output.line(finding.rendered) }
            let errors = findings.filter { $0.severity == .error }.count
            Output.line(
                "\(targets.count) file\(targets.count == 1 ? "" : "s") checked: \(errors) error\(errors == 1 ? "" : "s"), \(findings.count - errors) warning\(findings.count - errors == 1 ? "" : "s")"
            )
        }
        if findings.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
    }

    private static func readInput(_ path: String) throws -> LintInput {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandError("cannot read \(path): no such file")
        }
        return LintInput(name: URL(fileURLWithPath: path).path, sql: String(decoding: data, as: UTF8.self))
    }

    /// Function settings and RLS flags that exist in the database, so replacing such a function is caught.
    private static func parseThroughput(_ text: String) throws -> Throughput {
        guard let rate = Throughput(parsing: text) else {
            throw CommandError("--throughput \(text) is not a rate; write bytes per second such as 50MB/s or 1.5GB/s")
        }
        return rate
    }

    private static func addDatabaseFacts(from connection: Connection, to context: inout LintContext) throws {
        let catalog = try introspect(connection)
        for function in catalog.functions.values where !function.settings.isEmpty {
            let names = function.settings.compactMap { $0.split(separator: "=").first.map(String.init) }
            context.functionSettings[function.name.name.lowercased(), default: []].formUnion(names)
        }
        for table in catalog.tables.values {
            if table.rowLevelSecurity { context.tablesWithRLS.insert(table.name.name.lowercased()) }
            if table.forceRowLevelSecurity { context.tablesWithForcedRLS.insert(table.name.name.lowercased()) }
        }
    }
}

/// The `db lint --json` document (`format` 1): one entry per finding.
struct LintReport: Encodable {
    struct Finding: Encodable {
        let file: String
        let line: Int
        let rule: String
        let severity: String
        let message: String
        let fix: String
    }

    let format = 1
    let findings: [Finding]

    init(findings: [LintFinding]) {
        self.findings = findings.map {
            Finding(
                file: $0.file, line: $0.line, rule: $0.rule.rawValue, severity: $0.severity.rawValue,
                message: $0.message, fix: $0.fix)
        }
    }
}
