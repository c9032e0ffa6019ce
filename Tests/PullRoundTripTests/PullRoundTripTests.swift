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
        PullCase(directory: "AddColumn", fixture: "add_column", schema: AddColumnPulled.self),
        PullCase(directory: "CheckConstraints", fixture: "check_constraints", schema: CheckConstraintsPulled.self),
        PullCase(directory: "CollationChange", fixture: "collation_change", schema: CollationChangePulled.self),
        PullCase(directory: "ColumnToEnum", fixture: "column_to_enum", schema: ColumnToEnumPulled.self),
        PullCase(directory: "ColumnTypeToText", fixture: "column_type_to_text", schema: ColumnTypeToTextPulled.self),
        PullCase(directory: "ColumnTypeUsingCast", fixture: "column_type_using_cast", schema: ColumnTypeUsingCastPulled.self),
        PullCase(directory: "ColumnTypeWiden", fixture: "column_type_widen", schema: ColumnTypeWidenPulled.self),
        PullCase(directory: "Comments", fixture: "comments", schema: CommentsPulled.self),
        PullCase(directory: "CompositeType", fixture: "composite_type", schema: CompositeTypePulled.self),
        PullCase(directory: "ConstraintDomainNotValid", fixture: "constraint_domain_not_valid", schema: ConstraintDomainNotValidPulled.self),
        PullCase(directory: "ConstraintMadeNotValid", fixture: "constraint_made_not_valid", schema: ConstraintMadeNotValidPulled.self),
        PullCase(directory: "ConstraintNotValidKept", fixture: "constraint_not_valid_kept", schema: ConstraintNotValidKeptPulled.self),
        PullCase(directory: "ConstraintNotValidValidate", fixture: "constraint_not_valid_validate", schema: ConstraintNotValidValidatePulled.self),
        PullCase(directory: "CreateTable", fixture: "create_table", schema: CreateTablePulled.self),
        PullCase(directory: "DefaultChanges", fixture: "default_changes", schema: DefaultChangesPulled.self),
        PullCase(directory: "DomainAlter", fixture: "domain_alter", schema: DomainAlterPulled.self),
        PullCase(directory: "DomainColumn", fixture: "domain_column", schema: DomainColumnPulled.self),
        PullCase(directory: "DomainCreate", fixture: "domain_create", schema: DomainCreatePulled.self),
        PullCase(directory: "DomainDrop", fixture: "domain_drop", schema: DomainDropPulled.self),
        PullCase(directory: "DropColumn", fixture: "drop_column", schema: DropColumnPulled.self),
        PullCase(directory: "DropTable", fixture: "drop_table", schema: DropTablePulled.self),
        PullCase(directory: "EnumAddValueBefore", fixture: "enum_add_value_before", schema: EnumAddValueBeforePulled.self),
        PullCase(directory: "EnumAddValueEnd", fixture: "enum_add_value_end", schema: EnumAddValueEndPulled.self),
        PullCase(directory: "EnumAddValueMiddle", fixture: "enum_add_value_middle", schema: EnumAddValueMiddlePulled.self),
        PullCase(directory: "EnumColumnAddedWithNewType", fixture: "enum_column_added_with_new_type", schema: EnumColumnAddedWithNewTypePulled.self),
        PullCase(directory: "EnumCreate", fixture: "enum_create", schema: EnumCreatePulled.self),
        PullCase(directory: "EnumDrop", fixture: "enum_drop", schema: EnumDropPulled.self),
        PullCase(directory: "EnumRemoveLabel", fixture: "enum_remove_label", schema: EnumRemoveLabelPulled.self),
        PullCase(directory: "EnumReorder", fixture: "enum_reorder", schema: EnumReorderPulled.self),
        PullCase(directory: "EventTriggerAlter", fixture: "event_trigger_alter", schema: EventTriggerAlterPulled.self),
        PullCase(directory: "EventTriggerCreate", fixture: "event_trigger_create", schema: EventTriggerCreatePulled.self),
        PullCase(directory: "ExclusionConstraint", fixture: "exclusion_constraint", schema: ExclusionConstraintPulled.self),
        PullCase(directory: "ExtensionCreate", fixture: "extension_create", schema: ExtensionCreatePulled.self),
        PullCase(directory: "ExtensionDrop", fixture: "extension_drop", schema: ExtensionDropPulled.self),
        PullCase(directory: "ExtensionUpdateVersion", fixture: "extension_update_version", schema: ExtensionUpdateVersionPulled.self),
        PullCase(directory: "ExtensionUuidDefault", fixture: "extension_uuid_default", schema: ExtensionUuidDefaultPulled.self),
        PullCase(directory: "FiftyTables", fixture: "fifty_tables", schema: FiftyTablesPulled.self),
        PullCase(directory: "ForeignKeyCircular", fixture: "foreign_key_circular", schema: ForeignKeyCircularPulled.self),
        PullCase(directory: "ForeignKeyCircularDrop", fixture: "foreign_key_circular_drop", schema: ForeignKeyCircularDropPulled.self),
        PullCase(directory: "ForeignKeyTargetDropped", fixture: "foreign_key_target_dropped", schema: ForeignKeyTargetDroppedPulled.self),
        PullCase(directory: "ForeignKeyToNewUnique", fixture: "foreign_key_to_new_unique", schema: ForeignKeyToNewUniquePulled.self),
        PullCase(directory: "ForeignKeys", fixture: "foreign_keys", schema: ForeignKeysPulled.self),
        PullCase(directory: "FunctionArgumentRename", fixture: "function_argument_rename", schema: FunctionArgumentRenamePulled.self),
        PullCase(directory: "FunctionCreate", fixture: "function_create", schema: FunctionCreatePulled.self),
        PullCase(directory: "FunctionDrop", fixture: "function_drop", schema: FunctionDropPulled.self),
        PullCase(directory: "FunctionInDefaultAndCheck", fixture: "function_in_default_and_check", schema: FunctionInDefaultAndCheckPulled.self),
        PullCase(directory: "FunctionReplaceBody", fixture: "function_replace_body", schema: FunctionReplaceBodyPulled.self),
        PullCase(directory: "FunctionReturnTypeChange", fixture: "function_return_type_change", schema: FunctionReturnTypeChangePulled.self),
        PullCase(directory: "FunctionSettings", fixture: "function_settings", schema: FunctionSettingsPulled.self),
        PullCase(directory: "FunctionSettingsSurviveReplace", fixture: "function_settings_survive_replace", schema: FunctionSettingsSurviveReplacePulled.self),
        PullCase(directory: "GeneratedAdd", fixture: "generated_add", schema: GeneratedAddPulled.self),
        PullCase(directory: "GeneratedChangeExpression", fixture: "generated_change_expression", schema: GeneratedChangeExpressionPulled.self),
        PullCase(directory: "GeneratedDropExpression", fixture: "generated_drop_expression", schema: GeneratedDropExpressionPulled.self),
        PullCase(directory: "IdentityAdd", fixture: "identity_add", schema: IdentityAddPulled.self),
        PullCase(directory: "IdentityAddNullableColumn", fixture: "identity_add_nullable_column", schema: IdentityAddNullableColumnPulled.self),
        PullCase(directory: "IdentityAlter", fixture: "identity_alter", schema: IdentityAlterPulled.self),
        PullCase(directory: "IdentityDrop", fixture: "identity_drop", schema: IdentityDropPulled.self),
        PullCase(directory: "IdentityNewTable", fixture: "identity_new_table", schema: IdentityNewTablePulled.self),
        PullCase(directory: "IndexUsesFunction", fixture: "index_uses_function", schema: IndexUsesFunctionPulled.self),
        PullCase(directory: "Indexes", fixture: "indexes", schema: IndexesPulled.self),
        PullCase(directory: "MaterializedView", fixture: "materialized_view", schema: MaterializedViewPulled.self),
        PullCase(directory: "MaterializedViewRecreated", fixture: "materialized_view_recreated", schema: MaterializedViewRecreatedPulled.self),
        PullCase(directory: "MultipleSchemas", fixture: "multiple_schemas", schema: MultipleSchemasPulled.self),
        PullCase(directory: "NoRenameWithoutHint", fixture: "no_rename_without_hint", schema: NoRenameWithoutHintPulled.self),
        PullCase(directory: "NotNullChanges", fixture: "not_null_changes", schema: NotNullChangesPulled.self),
        PullCase(directory: "PartitionDefaultAndSubpartition", fixture: "partition_default_and_subpartition", schema: PartitionDefaultAndSubpartitionPulled.self),
        PullCase(directory: "PartitionDetachKeepsPkey", fixture: "partition_detach_keeps_pkey", schema: PartitionDetachKeepsPkeyPulled.self),
        PullCase(directory: "PartitionsAttachDetach", fixture: "partitions_attach_detach", schema: PartitionsAttachDetachPulled.self),
        PullCase(directory: "PartitionsCreate", fixture: "partitions_create", schema: PartitionsCreatePulled.self),
        PullCase(directory: "PartitionsListDrop", fixture: "partitions_list_drop", schema: PartitionsListDropPulled.self),
        PullCase(directory: "Policies", fixture: "policies", schema: PoliciesPulled.self),
        PullCase(directory: "PolicyUsesFunction", fixture: "policy_uses_function", schema: PolicyUsesFunctionPulled.self),
        PullCase(directory: "PrimaryKeyAdd", fixture: "primary_key_add", schema: PrimaryKeyAddPulled.self),
        PullCase(directory: "Procedure", fixture: "procedure", schema: ProcedurePulled.self),
        PullCase(directory: "PublicationAllTables", fixture: "publication_all_tables", schema: PublicationAllTablesPulled.self),
        PullCase(directory: "PublicationAlter", fixture: "publication_alter", schema: PublicationAlterPulled.self),
        PullCase(directory: "PublicationCreate", fixture: "publication_create", schema: PublicationCreatePulled.self),
        PullCase(directory: "QuotedIdentifiers", fixture: "quoted_identifiers", schema: QuotedIdentifiersPulled.self),
        PullCase(directory: "QuotingDefaultsChecksBounds", fixture: "quoting_defaults_checks_bounds", schema: QuotingDefaultsChecksBoundsPulled.self),
        PullCase(directory: "QuotingEnumLabelsAndComments", fixture: "quoting_enum_labels_and_comments", schema: QuotingEnumLabelsAndCommentsPulled.self),
        PullCase(directory: "QuotingHostileNames", fixture: "quoting_hostile_names", schema: QuotingHostileNamesPulled.self),
        PullCase(directory: "RenameEnumLabelHint", fixture: "rename_enum_label_hint", schema: RenameEnumLabelHintPulled.self),
        PullCase(directory: "RenameTableAndColumnHints", fixture: "rename_table_and_column_hints", schema: RenameTableAndColumnHintsPulled.self),
        PullCase(directory: "RetypeColumnWithIndexAndFk", fixture: "retype_column_with_index_and_fk", schema: RetypeColumnWithIndexAndFkPulled.self),
        PullCase(directory: "RlsFlags", fixture: "rls_flags", schema: RlsFlagsPulled.self),
        PullCase(directory: "SchemaCreateAndDrop", fixture: "schema_create_and_drop", schema: SchemaCreateAndDropPulled.self),
        PullCase(directory: "SequenceAlter", fixture: "sequence_alter", schema: SequenceAlterPulled.self),
        PullCase(directory: "SequenceAsTypeChange", fixture: "sequence_as_type_change", schema: SequenceAsTypeChangePulled.self),
        PullCase(directory: "SequenceCreate", fixture: "sequence_create", schema: SequenceCreatePulled.self),
        PullCase(directory: "SequenceDefault", fixture: "sequence_default", schema: SequenceDefaultPulled.self),
        PullCase(directory: "SequenceDefaultRemoved", fixture: "sequence_default_removed", schema: SequenceDefaultRemovedPulled.self),
        PullCase(directory: "SequenceDrop", fixture: "sequence_drop", schema: SequenceDropPulled.self),
        PullCase(directory: "SequenceIdentityOptionsChanged", fixture: "sequence_identity_options_changed", schema: SequenceIdentityOptionsChangedPulled.self),
        PullCase(directory: "SequenceSerialCustomOptions", fixture: "sequence_serial_custom_options", schema: SequenceSerialCustomOptionsPulled.self),
        PullCase(directory: "SerialColumn", fixture: "serial_column", schema: SerialColumnPulled.self),
        PullCase(directory: "SerialColumnAdd", fixture: "serial_column_add", schema: SerialColumnAddPulled.self),
        PullCase(directory: "SqlFunctionReadsTable", fixture: "sql_function_reads_table", schema: SqlFunctionReadsTablePulled.self),
        PullCase(directory: "StaleRenameHint", fixture: "stale_rename_hint", schema: StaleRenameHintPulled.self),
        PullCase(directory: "TableCommentOnly", fixture: "table_comment_only", schema: TableCommentOnlyPulled.self),
        PullCase(directory: "TriggerFunctionDropped", fixture: "trigger_function_dropped", schema: TriggerFunctionDroppedPulled.self),
        PullCase(directory: "TriggerNewFunction", fixture: "trigger_new_function", schema: TriggerNewFunctionPulled.self),
        PullCase(directory: "Triggers", fixture: "triggers", schema: TriggersPulled.self),
        PullCase(directory: "UniqueConstraints", fixture: "unique_constraints", schema: UniqueConstraintsPulled.self),
        PullCase(directory: "UnloggedToggle", fixture: "unlogged_toggle", schema: UnloggedTogglePulled.self),
        PullCase(directory: "ViewChainRecreated", fixture: "view_chain_recreated", schema: ViewChainRecreatedPulled.self),
        PullCase(directory: "ViewCreate", fixture: "view_create", schema: ViewCreatePulled.self),
        PullCase(directory: "ViewDependsOnRetypedColumn", fixture: "view_depends_on_retyped_column", schema: ViewDependsOnRetypedColumnPulled.self),
        PullCase(directory: "ViewDropWithColumn", fixture: "view_drop_with_column", schema: ViewDropWithColumnPulled.self),
        PullCase(directory: "ViewIncompatibleChange", fixture: "view_incompatible_change", schema: ViewIncompatibleChangePulled.self),
        PullCase(directory: "ViewReplaceAppendColumn", fixture: "view_replace_append_column", schema: ViewReplaceAppendColumnPulled.self),
        // MARK: - Table and view options, inheritance (issue 8)
        PullCase(directory: "TableoptsStorageParameters", fixture: "tableopts_storage_parameters", schema: TableoptsStorageParametersPulled.self),
        PullCase(directory: "TableoptsReplicaIdentity", fixture: "tableopts_replica_identity", schema: TableoptsReplicaIdentityPulled.self),
        PullCase(directory: "TableoptsColumnStorage", fixture: "tableopts_column_storage", schema: TableoptsColumnStoragePulled.self),
        PullCase(directory: "ViewsMaterializedOptions", fixture: "views_materialized_options", schema: ViewsMaterializedOptionsPulled.self),
        PullCase(directory: "ViewsCheckOption", fixture: "views_check_option", schema: ViewsCheckOptionPulled.self),
        PullCase(directory: "ViewInsteadOfTrigger", fixture: "view_instead_of_trigger", schema: ViewInsteadOfTriggerPulled.self),
        PullCase(directory: "InheritsAttachDetach", fixture: "inherits_attach_detach", schema: InheritsAttachDetachPulled.self),
        PullCase(directory: "PrivilegesNewObjects", fixture: "privileges_new_objects", schema: PrivilegesNewObjectsPulled.self),
        PullCase(directory: "PrivilegesDefaultPrivileges", fixture: "privileges_default_privileges", schema: PrivilegesDefaultPrivilegesPulled.self),
        PullCase(directory: "PrivilegesQuotedRoleNames", fixture: "privileges_quoted_role_names", schema: PrivilegesQuotedRoleNamesPulled.self),
        PullCase(directory: "PrivilegesFunctionExecuteFromPublic", fixture: "privileges_function_execute_from_public", schema: PrivilegesFunctionExecuteFromPublicPulled.self),
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
