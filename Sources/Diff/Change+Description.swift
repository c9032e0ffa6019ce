import Catalog
import Foundation
import SQLSyntax

extension Change {
    /// A stable snake_case name of the operation, used in `--json` output (e.g. `create_table`, `add_enum_value`).
    public var kind: String {
        switch self {
        case .createSchema: return "create_schema"
        case .dropSchema: return "drop_schema"
        case .renameSchema: return "rename_schema"
        case .createExtension: return "create_extension"
        case .dropExtension: return "drop_extension"
        case .updateExtension: return "update_extension"
        case .createEnum: return "create_enum"
        case .addEnumValue: return "add_enum_value"
        case .renameEnumValue: return "rename_enum_value"
        case .renameType: return "rename_type"
        case .dropType: return "drop_type"
        case .dropReplacedType: return "drop_replaced_type"
        case .createDomain: return "create_domain"
        case .dropDomain: return "drop_domain"
        case .setDomainDefault: return "set_domain_default"
        case .setDomainNotNull: return "set_domain_not_null"
        case .addDomainCheck: return "add_domain_check"
        case .dropDomainCheck: return "drop_domain_check"
        case .validateDomainCheck: return "validate_domain_check"
        case .createCompositeType: return "create_composite_type"
        case .addAttribute: return "add_attribute"
        case .dropAttribute: return "drop_attribute"
        case .alterAttributeType: return "alter_attribute_type"
        case .createSequence: return "create_sequence"
        case .dropSequence: return "drop_sequence"
        case .alterSequence: return "alter_sequence"
        case .setSequenceOwner: return "set_sequence_owner"
        case .createTable: return "create_table"
        case .dropTable: return "drop_table"
        case .renameTable: return "rename_table"
        case .setUnlogged: return "set_unlogged"
        case .attachPartition: return "attach_partition"
        case .detachPartition: return "detach_partition"
        case .setRowLevelSecurity: return "set_row_level_security"
        case .setForceRowLevelSecurity: return "set_force_row_level_security"
        case .addColumn: return "add_column"
        case .dropColumn: return "drop_column"
        case .renameColumn: return "rename_column"
        case .alterColumnType: return "alter_column_type"
        case .setNotNull: return "set_not_null"
        case .dropNotNull: return "drop_not_null"
        case .setDefault: return "set_default"
        case .dropDefault: return "drop_default"
        case .addIdentity: return "add_identity"
        case .alterIdentity: return "alter_identity"
        case .dropIdentity: return "drop_identity"
        case .dropGeneratedExpression: return "drop_generated_expression"
        case .addConstraint: return "add_constraint"
        case .dropConstraint: return "drop_constraint"
        case .validateConstraint: return "validate_constraint"
        case .renameConstraint: return "rename_constraint"
        case .createIndex: return "create_index"
        case .dropIndex: return "drop_index"
        case .renameIndex: return "rename_index"
        case .createFunction(_, let replacing): return replacing ? "replace_function" : "create_function"
        case .dropFunction: return "drop_function"
        case .setFunctionSetting: return "set_function_setting"
        case .resetFunctionSetting: return "reset_function_setting"
        case .createView(let view, let replacing):
            return view.isMaterialized ? "create_materialized_view" : (replacing ? "replace_view" : "create_view")
        case .dropView(_, let materialized): return materialized ? "drop_materialized_view" : "drop_view"
        case .createTrigger: return "create_trigger"
        case .dropTrigger: return "drop_trigger"
        case .setTriggerEnabled: return "set_trigger_enabled"
        case .createPolicy: return "create_policy"
        case .alterPolicy: return "alter_policy"
        case .dropPolicy: return "drop_policy"
        case .setComment(_, let text): return text == nil ? "drop_comment" : "set_comment"
        case .setExtensionSchema: return "set_extension_schema"
        case .dropExtensionToMove: return "drop_extension"
        case .createEventTrigger: return "create_event_trigger"
        case .dropEventTrigger: return "drop_event_trigger"
        case .setEventTriggerEnabled: return "set_event_trigger_enabled"
        case .createPublication: return "create_publication"
        case .dropPublication: return "drop_publication"
        case .addPublicationTable: return "add_publication_table"
        case .dropPublicationTable: return "drop_publication_table"
        case .addPublicationSchema: return "add_publication_schema"
        case .dropPublicationSchema: return "drop_publication_schema"
        case .setPublicationOptions: return "set_publication_options"
        case .setRelationOptions: return "set_relation_options"
        case .resetRelationOptions: return "reset_relation_options"
        case .setReplicaIdentity: return "set_replica_identity"
        case .setColumnStorage: return "set_column_storage"
        case .setColumnStatistics: return "set_column_statistics"
        case .setInherit(_, _, let inherits): return inherits ? "inherit" : "no_inherit"
        case .refreshMaterializedView: return "refresh_materialized_view"
        case .setTableSchema: return "set_table_schema"
        case .convertColumnType: return "convert_column_type"
        case .dropColumnLosingValues: return "drop_column_losing_values"

        case .grant: return "grant"
        case .revoke: return "revoke"
        case .alterDefaultPrivileges: return "alter_default_privileges"
        case .setOwner: return "set_owner"
        }
    }

    /// A one-line description for people, e.g. `add column app.users.email`: names are shown as they are, except
    /// that line breaks and other control characters in them are escaped (`singleLine`), so a summary stays one
    /// line in comments and output.
    public var summary: String {
        let verb = kind.replacingOccurrences(of: "_", with: " ")
        return singleLine(verb + " " + subject)
    }

    /// The object the change is about, as a readable key (`app.users`, `app.users.email`, `app.f(integer)`).
    var subject: String {
        switch self {
        case .createSchema(let schema): return schema.name
        case .dropSchema(let name): return name
        case .renameSchema(let from, let to): return "\(from) to \(to)"
        case .createExtension(let ext), .dropExtension(let ext): return ext.name
        case .updateExtension(let name, let version): return "\(name) to \(version)"
        case .createEnum(let type): return type.name.key
        case .addEnumValue(let type, let label, _): return "\(type.key) '\(label)'"
        case .renameEnumValue(let type, let from, let to): return "\(type.key) '\(from)' to '\(to)'"
        case .renameType(let name, let to): return "\(name.key) to \(to)"
        case .dropType(let name), .dropDomain(let name), .dropSequence(let name), .dropTable(let name),
            .dropReplacedType(let name):
            return name.key
        case .createDomain(let domain): return domain.name.key
        case .setDomainDefault(let name, _), .setDomainNotNull(let name, _): return name.key
        case .addDomainCheck(let name, let check): return "\(name.key) \(check.name)"
        case .dropDomainCheck(let name, let check), .validateDomainCheck(let name, let check):
            return "\(name.key) \(check)"
        case .createCompositeType(let type): return type.name.key
        case .addAttribute(let type, let attribute), .alterAttributeType(let type, let attribute):
            return "\(type.key).\(attribute.name)"
        case .dropAttribute(let type, let name): return "\(type.key).\(name)"
        case .createSequence(let sequence): return sequence.name.key
        case .alterSequence(let name, _, _), .setSequenceOwner(let name, _): return name.key
        case .createTable(let table): return table.name.key
        case .renameTable(let name, let to): return "\(name.key) to \(to)"
        case .setUnlogged(let name, _), .setRowLevelSecurity(let name, _), .setForceRowLevelSecurity(let name, _):
            return name.key
        case .attachPartition(let parent, let partition, _), .detachPartition(let parent, let partition):
            return "\(partition.key) of \(parent.key)"
        case .addColumn(let table, let column): return "\(table.key).\(column.name)"
        case .renameColumn(let table, let from, let to), .renameConstraint(let table, let from, let to):
            return "\(table.key).\(from) to \(to)"
        case .dropColumn(let table, let column), .alterColumnType(let table, let column, _, _, _),
            .setNotNull(let table, let column), .dropNotNull(let table, let column),
            .setDefault(let table, let column, _), .dropDefault(let table, let column),
            .addIdentity(let table, let column, _), .alterIdentity(let table, let column, _),
            .dropIdentity(let table, let column), .dropGeneratedExpression(let table, let column):
            return "\(table.key).\(column)"
        case .addConstraint(let table, let constraint, _): return "\(constraint.name) on \(table.key)"
        case .dropConstraint(let table, let name), .validateConstraint(let table, let name):
            return "\(name) on \(table.key)"
        case .createIndex(let index, _, _): return index.qualifiedName.key
        case .dropIndex(let name, _): return name.key
        case .renameIndex(let name, let to): return "\(name.key) to \(to)"
        case .createFunction(let function, _): return function.key
        case .dropFunction(let signature, _): return signature.key
        case .setFunctionSetting(let signature, let name, _), .resetFunctionSetting(let signature, let name):
            return "\(signature.key) \(name)"
        case .createView(let view, _): return view.name.key
        case .dropView(let name, _): return name.key
        case .createTrigger(let trigger), .dropTrigger(let trigger), .setTriggerEnabled(let trigger):
            return "\(trigger.name) on \(trigger.table.key)"
        case .createPolicy(let policy), .alterPolicy(let policy), .dropPolicy(let policy):
            return "\(policy.name) on \(policy.table.key)"
        case .setComment(let target, _): return target.subject
        case .setExtensionSchema(let name, let schema): return "\(name) to \(schema)"
        case .dropExtensionToMove(let ext, let schema):
            return "\(ext.name) (not relocatable: moved from schema \(ext.schema) to \(schema) by drop and create, "
                + "dropping what depends on it)"
        case .createEventTrigger(let trigger), .dropEventTrigger(let trigger), .setEventTriggerEnabled(let trigger):
            return trigger.name
        case .createPublication(let publication), .dropPublication(let publication),
            .setPublicationOptions(let publication):
            return publication.name
        case .addPublicationTable(let publication, let member): return "\(member.table.key) in \(publication)"
        case .dropPublicationTable(let publication, let table): return "\(table.key) in \(publication)"
        case .addPublicationSchema(let publication, let schema), .dropPublicationSchema(let publication, let schema):
            return "\(schema) in \(publication)"
        case .setRelationOptions(let name, _, _), .resetRelationOptions(let name, _, _),
            .setReplicaIdentity(let name, _), .refreshMaterializedView(let name, _):
            return name.key
        case .setColumnStorage(let table, let column, _), .setColumnStatistics(let table, let column, _):
            return "\(table.key).\(column)"
        case .setInherit(let table, let parent, _): return "\(table.key) from \(parent.key)"
        case .setTableSchema(let table, let schema): return "\(table.key) to schema \(schema)"
        case .convertColumnType(let table, let column, let type, _, _, let from):
            return "\(table.key).\(column) from \(from) to \(type)"
        case .dropColumnLosingValues(let table, let column, let reason): return "\(table.key).\(column) (\(reason))"

        case .grant(let target, let statement), .revoke(let target, let statement):
            return "\(statement.privilegeList) on \(target.sql) for \(statement.grantee)"
        case .alterDefaultPrivileges(let role, let schema, let type, _, let statement):
            return "\(statement.privilegeList) on \(type.rawValue.lowercased()) of \(role)"
                + (schema.map { " in \($0)" } ?? "") + " for \(statement.grantee)"
        case .setOwner(let object, let role): return "\(object.sql) to \(role)"
        }
    }
}

extension CommentTarget {
    var subject: String {
        switch self {
        case .schema(let name), .extension(let name): return name
        case .type(let name), .domain(let name), .sequence(let name), .table(let name), .index(let name):
            return name.key
        case .view(let name, _): return name.key
        case .column(let relation, let column): return "\(relation.key).\(column)"
        case .constraint(let table, let name), .trigger(let table, let name), .policy(let table, let name),
            .domainConstraint(let table, let name):
            return "\(name) on \(table.key)"
        case .function(let signature): return signature.key
        case .eventTrigger(let name), .publication(let name): return name
        }
    }
}
