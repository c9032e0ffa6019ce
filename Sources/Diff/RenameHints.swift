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
            }
            from.enums[enumKey] = type
        }
    }
}

extension Catalog {
    /// The same catalog with schema `old` called `new`, in object names and in the references between objects.
    func renamingSchema(_ old: String, to new: String) -> Catalog {
        func rename(_ name: QualifiedName) -> QualifiedName {
            name.schema == old ? QualifiedName(new, name.name) : name
        }
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
            result.add(function)
        }
        for var view in views.values {
            view.name = rename(view.name)
            view.dependsOn = view.dependsOn.map { ColumnReference(relation: rename($0.relation), column: $0.column) }
            for key in view.indexes.keys { view.indexes[key]?.table = view.name }
            result.add(view)
        }
        for table in tables.values {
            result.add(table.renamingReferences(rename))
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
        return result
    }
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
