import Foundation
import SQLSyntax
import Catalog

extension Differ {
    /// Emits a RENAME for every hint whose old name exists in `from` and whose new name does not, and rewrites
    /// `from` to use the new names so that the rest of the diff compares like with like. Stale hints do nothing.
    mutating func applyRenameHints() {
        for (newName, oldName) in hints.renamedSchemas.sorted(by: { $0.key < $1.key }) {
            guard from.schemas[oldName] != nil, from.schemas[newName] == nil, to.schemas[newName] != nil else {
                continue
            }
            add(
                .renameSchema(from: oldName, to: newName), provides: [ObjectID.schema(newName)],
                removes: [ObjectID.schema(oldName)])
            from = from.renamingSchema(oldName, to: newName)
        }
        for (newKey, oldName) in hints.renamedTables.sorted(by: { $0.key < $1.key }) {
            guard let newTable = to.tables[newKey] else { continue }
            let old = QualifiedName(newTable.name.schema, oldName)
            guard from.tables[old.key] != nil, from.tables[newKey] == nil else { continue }
            add(
                .renameTable(old, to: newTable.name.name),
                provides: [ObjectID.relation(newTable.name)], removes: [ObjectID.relation(old)])
            from = from.renamingTable(old, to: newTable.name)
        }
        applyMoveHints()
        for (tableKey, columns) in hints.renamedColumns.sorted(by: { $0.key < $1.key }) {
            guard let table = from.tables[tableKey], let newTable = to.tables[tableKey] else { continue }
            for (newName, oldName) in columns.sorted(by: { $0.key < $1.key }) {
                guard table.column(oldName) != nil, from.tables[tableKey]?.column(newName) == nil,
                    newTable.column(newName) != nil
                else { continue }
                add(
                    .renameColumn(table.name, from: oldName, to: newName),
                    provides: [ObjectID.column(table.name, newName)], requires: [ObjectID.relation(table.name)],
                    removes: [ObjectID.column(table.name, oldName)])
                from = from.renamingColumn(oldName, to: newName, in: table.name)
            }
        }
        for (tableKey, indexes) in hints.renamedIndexes.sorted(by: { $0.key < $1.key }) {
            guard var table = from.tables[tableKey], let newTable = to.tables[tableKey] else { continue }
            for (newName, oldName) in indexes.sorted(by: { $0.key < $1.key }) {
                guard var index = table.indexes[oldName], table.indexes[newName] == nil,
                    newTable.indexes[newName] != nil
                else { continue }
                add(
                    .renameIndex(index.qualifiedName, to: newName),
                    provides: [ObjectID.relation(QualifiedName(table.name.schema, newName))],
                    requires: [ObjectID.relation(table.name)], removes: [ObjectID.relation(index.qualifiedName)])
                table.indexes[oldName] = nil
                index.name = newName
                table.indexes[newName] = index
            }
            from.tables[tableKey] = table
        }
        for (tableKey, constraints) in hints.renamedConstraints.sorted(by: { $0.key < $1.key }) {
            guard var table = from.tables[tableKey], let newTable = to.tables[tableKey] else { continue }
            for (newName, oldName) in constraints.sorted(by: { $0.key < $1.key }) {
                guard var constraint = table.constraints[oldName], table.constraints[newName] == nil,
                    newTable.constraints[newName] != nil
                else { continue }
                add(
                    .renameConstraint(table.name, from: oldName, to: newName),
                    provides: [ObjectID.constraint(table.name, newName)], requires: [ObjectID.relation(table.name)],
                    removes: [ObjectID.constraint(table.name, oldName)])
                table.constraints[oldName] = nil
                constraint.name = newName
                table.constraints[newName] = constraint
            }
            from.tables[tableKey] = table
        }
        for (enumKey, labels) in hints.renamedEnumLabels.sorted(by: { $0.key < $1.key }) {
            guard var type = from.enums[enumKey], let newType = to.enums[enumKey] else { continue }
            for (newLabel, oldLabel) in labels.sorted(by: { $0.key < $1.key }) {
                guard let position = type.labels.firstIndex(of: oldLabel), !type.labels.contains(newLabel),
                    newType.labels.contains(newLabel)
                else { continue }
                add(
                    .renameEnumValue(type: type.name, from: oldLabel, to: newLabel),
                    requires: [ObjectID.type(type.name)])
                type.labels[position] = newLabel
                from = from.renamingEnumLabel(oldLabel, to: newLabel, of: type.name)
            }
            from.enums[enumKey] = type
        }
    }
}

extension Differ {
    /// Emits `ALTER TABLE … SET SCHEMA` (after a `RENAME` when the table is also renamed) for every table moved by
    /// a hint whose old table exists in `from` and whose new name does not, so its rows move with it.
    private mutating func applyMoveHints() {
        for (newKey, oldSchema) in hints.movedTables.sorted(by: { $0.key < $1.key }) {
            guard let newTable = to.tables[newKey], oldSchema != newTable.name.schema else { continue }
            let old = QualifiedName(oldSchema, hints.renamedTables[newKey] ?? newTable.name.name)
            guard from.tables[old.key] != nil, from.tables[newKey] == nil else { continue }
            let renamed = QualifiedName(oldSchema, newTable.name.name)
            if renamed != old {
                add(
                    .renameTable(old, to: renamed.name), provides: [ObjectID.relation(renamed)],
                    removes: [ObjectID.relation(old)])
            }
            add(
                .setTableSchema(renamed, schema: newTable.name.schema), provides: [ObjectID.relation(newTable.name)],
                requires: [ObjectID.schema(newTable.name.schema), ObjectID.relation(renamed)],
                removes: [ObjectID.relation(renamed)], releases: [ObjectID.schema(oldSchema)])
            from = from.movingTable(old, to: newTable.name)
        }
    }
}

extension Catalog {
    /// The same catalog with table `old` called `new` in another schema, its owned sequences moved along with it
    /// (as `ALTER TABLE … SET SCHEMA` does).
    func movingTable(_ old: QualifiedName, to new: QualifiedName) -> Catalog {
        var result = renamingTable(old, to: new)
        for (key, sequence) in result.sequences where sequence.ownedBy?.relation == new {
            var moved = sequence
            moved.name = QualifiedName(new.schema, sequence.name.name)
            result.sequences[key] = nil
            result.add(moved)
        }
        return result
    }
}

extension Catalog {
    /// The same catalog with schema `old` called `new`, in object names and in the references between objects.
    func renamingSchema(_ old: String, to new: String) -> Catalog {
        func rename(_ name: QualifiedName) -> QualifiedName {
            name.schema == old ? QualifiedName(new, name.name) : name
        }
        func text(_ value: String) -> String { replacingSchemaQualifier(old, with: new, in: value) }
        func text(_ value: String?) -> String? { value.map { replacingSchemaQualifier(old, with: new, in: $0) } }
        var result = Catalog(extensions: extensions)
        for var schema in schemas.values {
            if schema.name == old { schema.name = new }
            result.add(schema)
        }
        for var type in enums.values {
            type.name = rename(type.name)
            result.add(type)
        }
        for var domain in domains.values {
            domain.name = rename(domain.name)
            domain.baseType = text(domain.baseType)
            domain.defaultExpression = text(domain.defaultExpression)
            result.add(domain)
        }
        for var type in compositeTypes.values {
            type.name = rename(type.name)
            result.add(type)
        }
        for var sequence in sequences.values {
            sequence.name = rename(sequence.name)
            if let owner = sequence.ownedBy { sequence.ownedBy = ColumnReference(relation: rename(owner.relation), column: owner.column) }
            result.add(sequence)
        }
        for var function in functions.values {
            function.name = rename(function.name)
            function.identityArguments = text(function.identityArguments)
            function.arguments = text(function.arguments)
            function.returnType = text(function.returnType)
            result.add(function)
        }
        for var view in views.values {
            view.name = rename(view.name)
            view.definition = text(view.definition)
            view.dependsOn = view.dependsOn.map { ColumnReference(relation: rename($0.relation), column: $0.column) }
            for key in view.indexes.keys { view.indexes[key]?.table = view.name }
            result.add(view)
        }
        for table in tables.values {
            var renamed = table.renamingReferences(rename)
            for position in renamed.columns.indices {
                renamed.columns[position].type = text(renamed.columns[position].type)
                renamed.columns[position].defaultExpression = text(renamed.columns[position].defaultExpression)
                renamed.columns[position].generatedExpression = text(renamed.columns[position].generatedExpression)
            }
            for (name, constraint) in renamed.constraints {
                renamed.constraints[name]?.definition = text(constraint.definition)
                if case .check(let expression, let noInherit) = constraint.kind {
                    renamed.constraints[name]?.kind = .check(expression: text(expression), noInherit: noInherit)
                }
            }
            for (name, policy) in renamed.policies {
                renamed.policies[name]?.using = text(policy.using)
                renamed.policies[name]?.withCheck = text(policy.withCheck)
            }
            for (name, index) in renamed.indexes {
                renamed.indexes[name]?.predicate = text(index.predicate)
                renamed.indexes[name]?.keys = index.keys.map { key in
                    var key = key
                    if !key.isColumn { key.expression = text(key.expression) }
                    return key
                }
            }
            result.add(renamed)
        }
        for var trigger in eventTriggers.values {
            trigger.function = rename(trigger.function)
            result.add(trigger)
        }
        for publication in publications.values {
            result.add(
                publication.renamingMembers {
                    Publication.Member(table: rename($0.table), columns: $0.columns, rowFilter: text($0.rowFilter))
                } schemas: { $0 == old ? new : $0 })
        }
        return result
    }

    /// The same catalog with table `old` called `new` (same schema), in its own name and in references to it.
    func renamingTable(_ old: QualifiedName, to new: QualifiedName) -> Catalog {
        var result = self
        result.tables = [:]
        for table in tables.values {
            var renamed = table.renamingReferences { $0 == old ? new : $0 }
            if table.name == old { renamed.name = new }
            result.add(renamed)
        }
        for (key, sequence) in sequences where sequence.ownedBy?.relation == old {
            result.sequences[key]?.ownedBy?.relation = new
        }
        for (key, view) in views {
            result.views[key]?.dependsOn = view.dependsOn.map {
                ColumnReference(relation: $0.relation == old ? new : $0.relation, column: $0.column)
            }
        }
        for (key, publication) in publications {
            result.publications[key] = publication.renamingMembers {
                Publication.Member(table: $0.table == old ? new : $0.table, columns: $0.columns, rowFilter: $0.rowFilter)
            }
        }
        return result
    }

    /// The same catalog with column `old` of `table` called `new`, in the table and in references to the column.
    func renamingColumn(_ old: String, to new: String, in table: QualifiedName) -> Catalog {
        func rename(_ column: String) -> String { column == old ? new : column }
        var result = self
        guard var renamed = tables[table.key] else { return self }
        for position in renamed.columns.indices where renamed.columns[position].name == old {
            renamed.columns[position].name = new
        }
        for (name, constraint) in renamed.constraints {
            switch constraint.kind {
            case .primaryKey(let columns):
                renamed.constraints[name]?.kind = .primaryKey(columns: columns.map(rename))
            case .unique(let columns, let nullsNotDistinct):
                renamed.constraints[name]?.kind = .unique(columns: columns.map(rename), nullsNotDistinct: nullsNotDistinct)
            case .foreignKey(var key):
                key.columns = key.columns.map(rename)
                if key.referencedTable == table { key.referencedColumns = key.referencedColumns.map(rename) }
                renamed.constraints[name]?.kind = .foreignKey(key)
            case .check, .exclusion: break
            }
        }
        for (name, index) in renamed.indexes {
            renamed.indexes[name]?.keys = index.keys.map { key in
                var key = key
                if key.isColumn { key.expression = rename(key.expression) }
                return key
            }
            renamed.indexes[name]?.includedColumns = index.includedColumns.map(rename)
        }
        for (name, trigger) in renamed.triggers {
            renamed.triggers[name]?.updateColumns = trigger.updateColumns.map(rename)
        }
        result.tables[table.key] = renamed
        for (key, other) in result.tables where key != table.key {
            for (name, constraint) in other.constraints {
                guard case .foreignKey(var foreignKey) = constraint.kind, foreignKey.referencedTable == table else {
                    continue
                }
                foreignKey.referencedColumns = foreignKey.referencedColumns.map(rename)
                result.tables[key]?.constraints[name]?.kind = .foreignKey(foreignKey)
            }
        }
        for (key, sequence) in sequences where sequence.ownedBy?.relation == table && sequence.ownedBy?.column == old {
            result.sequences[key]?.ownedBy?.column = new
        }
        for (key, view) in views {
            result.views[key]?.dependsOn = view.dependsOn.map {
                $0.relation == table ? ColumnReference(relation: table, column: $0.column.map(rename)) : $0
            }
        }
        for (key, publication) in publications {
            result.publications[key] = publication.renamingMembers {
                guard $0.table == table else { return $0 }
                return Publication.Member(table: table, columns: $0.columns?.map(rename), rowFilter: $0.rowFilter)
            }
        }
        return result
    }
}

extension Catalog {
    /// The same catalog with `'old'::type` constants in column defaults reading `'new'::type`, as Postgres prints
    /// them once the label is renamed.
    func renamingEnumLabel(_ old: String, to new: String, of type: QualifiedName) -> Catalog {
        var result = self
        let before = quoteLiteral(old) + "::" + type.key
        let after = quoteLiteral(new) + "::" + type.key
        for (key, table) in tables {
            for (position, column) in table.columns.enumerated() {
                guard let expression = column.defaultExpression, expression.contains(before) else { continue }
                result.tables[key]?.columns[position].defaultExpression = expression.replacingOccurrences(
                    of: before, with: after)
            }
        }
        return result
    }
}

/// `text` with names qualified by schema `old` qualified by `new` instead (outside string literals), as Postgres
/// prints expressions and types after `ALTER SCHEMA old RENAME TO new`.
func replacingSchemaQualifier(_ old: String, with new: String, in text: String) -> String {
    let prefix = Array(String(QualifiedName(old, "x").key.dropLast()).unicodeScalars)
    let replacement = String(QualifiedName(new, "x").key.dropLast())
    let scalars = Array(text.unicodeScalars)
    var result = String.UnicodeScalarView()
    var index = 0
    var inLiteral = false
    while index < scalars.count {
        let scalar = scalars[index]
        if scalar == "'" { inLiteral.toggle() }
        let boundary = index == 0 || !isIdentifierScalar(scalars[index - 1])
        if !inLiteral && boundary && scalars.count - index >= prefix.count
            && Array(scalars[index..<index + prefix.count]) == prefix
        {
            result.append(contentsOf: replacement.unicodeScalars)
            index += prefix.count
            continue
        }
        result.append(scalar)
        index += 1
    }
    return String(result)
}

private func isIdentifierScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "_" || scalar == "$" || scalar == "\"" || scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
}

extension Table {
    /// The table with every qualified name it holds (its own, foreign key targets, partition parent, and the table
    /// of its indexes, triggers and policies) passed through `rename`.
    func renamingReferences(_ rename: (QualifiedName) -> QualifiedName) -> Table {
        var table = self
        table.name = rename(name)
        for (key, constraint) in constraints {
            if case .foreignKey(var foreignKey) = constraint.kind {
                foreignKey.referencedTable = rename(foreignKey.referencedTable)
                table.constraints[key]?.kind = .foreignKey(foreignKey)
            }
        }
        for key in indexes.keys { table.indexes[key]?.table = table.name }
        for key in triggers.keys { table.triggers[key]?.table = table.name }
        for key in policies.keys { table.policies[key]?.table = table.name }
        if let bound = partitionOf { table.partitionOf = PartitionBound(parent: rename(bound.parent), bound: bound.bound) }
        return table
    }
}

extension Publication {
    /// The publication with each table entry passed through `member` and each schema through `schema`, entries
    /// sorted again by table.
    func renamingMembers(_ member: (Member) -> Member, schemas schema: (String) -> String = { $0 }) -> Publication {
        Publication(
            name: name, allTables: allTables, members: members.map(member), schemas: schemas.map(schema),
            operations: operations, viaPartitionRoot: viaPartitionRoot, comment: comment)
    }
}
