import Catalog
import Diff
import Foundation
import SQLSyntax

import enum SchemaDSL.ObjectDescription

/// The DSL object a CREATE-script change creates, named by `ObjectDescription` as in `DesiredSchema.locations`, so a failing statement
/// can be traced back to the Swift line that declared it.
struct DSLObject: CustomStringConvertible {
    let description: String

    /// The object `change` creates; for a `CREATE TABLE` whose error has a `position`, the column or inline
    /// constraint on the line Postgres points at.
    init?(_ change: Change, errorPosition: Int? = nil) {
        if case .createTable(let table) = change, let errorPosition,
            let element = Self.tableElement(of: table, in: change.sql, at: errorPosition)
        {
            description = element
            return
        }
        switch change {
        case .createSchema(let schema): description = ObjectDescription.schema(schema.name)
        case .createExtension(let value): description = ObjectDescription.extension(value.name)
        case .createEnum(let type): description = ObjectDescription.type(type.name)
        case .createDomain(let domain): description = ObjectDescription.type(domain.name)
        case .createCompositeType(let type): description = ObjectDescription.type(type.name)
        case .createSequence(let sequence): description = ObjectDescription.relation(sequence.name)
        case .createTable(let table): description = ObjectDescription.relation(table.name)
        case .createView(let view, _): description = ObjectDescription.relation(view.name)
        case .addConstraint(let table, let constraint, _):
            description = ObjectDescription.constraint(constraint.name, on: table)
        case .createIndex(let index, _, _): description = ObjectDescription.relation(index.qualifiedName)
        case .createFunction(let function, _): description = ObjectDescription.function(function.key)
        case .setFunctionSetting(let signature, _, _): description = ObjectDescription.function(signature.key)
        case .createTrigger(let trigger): description = ObjectDescription.trigger(trigger.name, on: trigger.table)
        case .createPolicy(let policy): description = ObjectDescription.policy(policy.name, on: policy.table)
        case .setRowLevelSecurity(let table, _), .setForceRowLevelSecurity(let table, _):
            description = ObjectDescription.relation(table)
        case .attachPartition(_, let partition, _): description = ObjectDescription.relation(partition)
        case .createEventTrigger(let trigger), .setEventTriggerEnabled(let trigger):
            description = ObjectDescription.eventTrigger(trigger.name)
        case .createPublication(let publication): description = ObjectDescription.publication(publication.name)
        case .setReplicaIdentity(let table, _), .setRelationOptions(let table, _, _):
            description = ObjectDescription.relation(table)
        case .setColumnStorage(let table, let column, _), .setColumnStatistics(let table, let column, _):
            description = ObjectDescription.column(table, column)
        case .setComment(let target, _):
            switch target {
            case .column(let table, let column): description = ObjectDescription.column(table, column)
            case .table(let name), .sequence(let name), .index(let name), .view(let name, _):
                description = ObjectDescription.relation(name)
            case .type(let name), .domain(let name), .domainConstraint(let name, _):
                description = ObjectDescription.type(name)
            case .constraint(let table, let name): description = ObjectDescription.constraint(name, on: table)
            case .trigger(let table, let name): description = ObjectDescription.trigger(name, on: table)
            case .policy(let table, let name): description = ObjectDescription.policy(name, on: table)
            case .function(let signature): description = ObjectDescription.function(signature.key)
            case .schema(let name): description = ObjectDescription.schema(name)
            case .extension(let name): description = ObjectDescription.extension(name)
            case .eventTrigger(let name): description = ObjectDescription.eventTrigger(name)
            case .publication(let name): description = ObjectDescription.publication(name)
            }
        default: return nil
        }
    }

    /// The column or constraint declared on the line of `statement` holding the 1-based character `position`.
    private static func tableElement(of table: Table, in statement: String, at position: Int) -> String? {
        let scalars = Array(statement.unicodeScalars)
        guard position >= 1, position <= scalars.count else { return nil }
        var start = position - 1
        while start > 0, scalars[start - 1] != "\n" { start -= 1 }
        var end = position - 1
        while end < scalars.count, scalars[end] != "\n" { end += 1 }
        let line = String(String.UnicodeScalarView(scalars[start..<end])).trimmingCharacters(in: .whitespaces)
        if let constraint = table.constraints.values.first(where: {
            line.hasPrefix("CONSTRAINT " + quoteIdentifier($0.name) + " ")
        }) {
            return ObjectDescription.constraint(constraint.name, on: table.name)
        }
        if let column = table.columns.first(where: { line.hasPrefix(quoteIdentifier($0.name) + " ") }) {
            return ObjectDescription.column(table.name, column.name)
        }
        return nil
    }
}
