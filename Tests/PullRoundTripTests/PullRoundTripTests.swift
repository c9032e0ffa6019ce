import Catalog
import DBTestSupport
import Diff
import Foundation
import Introspection
import Postgres
import SchemaDSL
import SchemaLoading
import SchemaPull
import Testing

/// One database pulled into `Pulled/<directory>/` as the schema type `schema`.
struct PullCase: CustomStringConvertible, @unchecked Sendable {
    /// The folder under `Pulled/`, and for a diff fixture its `Fixtures/diff/<fixture>/to.sql`.
    let directory: String
    let fixture: String?
    let schema: any DatabaseSchema.Type

    var typeName: String { String(describing: schema) }
    var description: String { directory }

    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let pulledDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Pulled")

    /// Loads the case's objects into an empty database.
    func load(into connection: Connection) throws {
        if let fixture {
            let url = Self.repository.appendingPathComponent("Fixtures/diff/\(fixture)/to.sql")
            try connection.execute(try String(contentsOf: url, encoding: .utf8))
            return
        }
        try TestCluster.ensureLoginRoles(["app_user"])
        let directory = Self.repository.appendingPathComponent("migrations")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".sql") && !$0.hasSuffix(".down.sql") }.sorted()
        for file in files {
            try connection.execute(try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8))
        }
    }
}

enum PullCases {
    static let all: [PullCase] = [
        PullCase(directory: "ExampleApp", fixture: nil, schema: ExampleAppPulled.self),
        PullCase(directory: "CheckConstraints", fixture: "check_constraints", schema: CheckConstraintsPulled.self),
        PullCase(directory: "CollationChange", fixture: "collation_change", schema: CollationChangePulled.self),
        PullCase(directory: "CompositeType", fixture: "composite_type", schema: CompositeTypePulled.self),
        PullCase(directory: "DomainColumn", fixture: "domain_column", schema: DomainColumnPulled.self),
        PullCase(directory: "DomainCreate", fixture: "domain_create", schema: DomainCreatePulled.self),
        PullCase(directory: "EnumCreate", fixture: "enum_create", schema: EnumCreatePulled.self),
        PullCase(directory: "ExclusionConstraint", fixture: "exclusion_constraint", schema: ExclusionConstraintPulled.self),
        PullCase(directory: "ExtensionCreate", fixture: "extension_create", schema: ExtensionCreatePulled.self),
        PullCase(directory: "ExtensionUuidDefault", fixture: "extension_uuid_default", schema: ExtensionUuidDefaultPulled.self),
        PullCase(directory: "ForeignKeyCircular", fixture: "foreign_key_circular", schema: ForeignKeyCircularPulled.self),
        PullCase(directory: "ForeignKeys", fixture: "foreign_keys", schema: ForeignKeysPulled.self),
        PullCase(directory: "FunctionCreate", fixture: "function_create", schema: FunctionCreatePulled.self),
        PullCase(directory: "FunctionInDefaultAndCheck", fixture: "function_in_default_and_check", schema: FunctionInDefaultAndCheckPulled.self),
        PullCase(directory: "FunctionSettings", fixture: "function_settings", schema: FunctionSettingsPulled.self),
        PullCase(directory: "GeneratedAdd", fixture: "generated_add", schema: GeneratedAddPulled.self),
        PullCase(directory: "IndexUsesFunction", fixture: "index_uses_function", schema: IndexUsesFunctionPulled.self),
        PullCase(directory: "Indexes", fixture: "indexes", schema: IndexesPulled.self),
        PullCase(directory: "MaterializedView", fixture: "materialized_view", schema: MaterializedViewPulled.self),
        PullCase(directory: "MultipleSchemas", fixture: "multiple_schemas", schema: MultipleSchemasPulled.self),
        PullCase(directory: "PartitionsCreate", fixture: "partitions_create", schema: PartitionsCreatePulled.self),
        PullCase(directory: "Policies", fixture: "policies", schema: PoliciesPulled.self),
        PullCase(directory: "PolicyUsesFunction", fixture: "policy_uses_function", schema: PolicyUsesFunctionPulled.self),
        PullCase(directory: "Procedure", fixture: "procedure", schema: ProcedurePulled.self),
        PullCase(directory: "QuotedIdentifiers", fixture: "quoted_identifiers", schema: QuotedIdentifiersPulled.self),
        PullCase(directory: "RlsFlags", fixture: "rls_flags", schema: RlsFlagsPulled.self),
        PullCase(directory: "SequenceCreate", fixture: "sequence_create", schema: SequenceCreatePulled.self),
        PullCase(directory: "SerialColumn", fixture: "serial_column", schema: SerialColumnPulled.self),
        PullCase(directory: "SqlFunctionReadsTable", fixture: "sql_function_reads_table", schema: SqlFunctionReadsTablePulled.self),
        PullCase(directory: "UniqueConstraints", fixture: "unique_constraints", schema: UniqueConstraintsPulled.self),
        PullCase(directory: "UnloggedToggle", fixture: "unlogged_toggle", schema: UnloggedTogglePulled.self),
        PullCase(directory: "ViewCreate", fixture: "view_create", schema: ViewCreatePulled.self),
    ]
}

/// `db pull` round trip: the checked-in pulled sources are exactly what the renderer writes for the database, and
/// the compiled schema, loaded through a scratch database, differs in nothing from the database it was pulled from.
///
/// Set `DB_REGENERATE_PULL=1` to rewrite the checked-in files instead (the test then fails, saying so, until it is
/// rebuilt and run without the variable).
@Suite struct PullRoundTripTests {
    @Test(arguments: PullCases.all)
    func pulledSchemaCompilesToTheSameDatabase(_ pullCase: PullCase) throws {
        let target = try TestCluster.newDatabase("pull_\(pullCase.directory)")
        let connection = try Connection(target)
        try pullCase.load(into: connection)

        let pulled = renderSwiftSchema(try introspect(connection), typeName: pullCase.typeName)
        #expect(pulled.limitations.isEmpty, "\(pullCase): \(pulled.limitations)")
        let directory = PullCase.pulledDirectory.appendingPathComponent(pullCase.directory)
        if ProcessInfo.processInfo.environment["DB_REGENERATE_PULL"] == "1" {
            try? FileManager.default.removeItem(at: directory)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            for file in pulled.files {
                try file.text.write(to: directory.appendingPathComponent(file.name), atomically: true, encoding: .utf8)
            }
            Issue.record("\(pullCase): DB_REGENERATE_PULL=1 rewrote \(directory.path); rebuild and run without it")
            return
        }
        let checkedIn = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(checkedIn == pulled.files.map(\.name).sorted(), "\(pullCase): pulled file names")
        for file in pulled.files {
            let text = try? String(contentsOf: directory.appendingPathComponent(file.name), encoding: .utf8)
            #expect(text == file.text, "\(pullCase): \(file.name) differs from what db pull writes; regenerate with DB_REGENERATE_PULL=1")
        }

        let source = try SchemaSource(pullCase.schema)
        let desired = try source.load(on: try TestCluster.shared().connectionString())
        let live = try introspect(connection, schemas: source.schemaNames)
        let changes = diff(from: live, to: desired.filtered(toSchemas: Set(source.schemaNames)))
        #expect(changes.isEmpty, "\(pullCase): \(changes.map { $0.sql + ";" }.joined(separator: "\n"))")
        let reverse = diff(from: desired, to: live)
        #expect(reverse.isEmpty, "\(pullCase): \(reverse.map { $0.sql + ";" }.joined(separator: "\n"))")
    }
}
