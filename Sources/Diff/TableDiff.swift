import Catalog

extension Differ {
    mutating func diffTables() {
        // Each new table with its old self, in key order, looked up once: a `Table` read out of the catalog is a copy
        // that retains every part of it.
        let pairs = sortedValues(to.tables).map { (old: from.tables[$0.name.key], new: $0) }
        // Which kept tables differ, compared once: the comparison walks every column, constraint and index.
        var differs = [Bool](repeating: false, count: pairs.count)
        for (position, (old, table)) in pairs.enumerated() {
            guard let old, !recreatedTables.contains(table.name.key), old != table else { continue }
            differs[position] = true
            droppedUniqueKeys.formUnion(uniqueKeysGoingAway(old, table))
        }
        for (position, (old, table)) in pairs.enumerated() {
            if let old, !recreatedTables.contains(table.name.key) {
                let mayFollowOthers =
                    !recreatedFunctions.isEmpty || !droppedUniqueKeys.isEmpty || !recreatedTables.isEmpty
                    || !recreatedTypeIDs.isEmpty
                if differs[position] || mayFollowOthers { alterTable(old, table) }
            } else {
                if let old { dropTable(old) }
                createTable(table)
            }
        }
        for table in sortedValues(from.tables.filter({ to.tables.index(forKey: $0.value.name.key) == nil })) {
            dropTable(table)
        }
    }

    /// `CREATE TABLE` plus everything that cannot be inline: foreign keys and unvalidated constraints, indexes,
    /// triggers, policies, RLS flags and comments. A partition waits for its parent's columns to be added or retyped
    /// (a partition created first would not match them, or stop the retype of its own partition key column).
    private mutating func createTable(_ table: Table) {
        let name = table.name
        let schema = name.schema
        let inline = inlineConstraints(of: table)
        var provides = [ObjectID.relation(name)] + table.columns.map { ObjectID.column(name, $0.name) }
        var requires = [ObjectID.schema(schema), ObjectID.anyExtension]
        if table.partitionOf == nil {
            for column in table.localColumns { requires += columnRequirements(column, table: name) }
        }
        if let parent = table.partitionOf?.parent {
            requires += [ObjectID.relation(parent)] + table.columns.map { ObjectID.column(parent, $0.name) }
        }
        requires += table.inheritsFrom.map(ObjectID.relation)
        for constraint in inline {
            provides += constraintProvides(constraint, table: name)
            requires += newReferences.ids(in: constraint.definition, schema: schema, except: name)
        }
        add(.createTable(table), provides: provides, requires: requires)
        let inlineNames = Set(inline.map(\.name))
        for constraint in sortedValues(table.constraints) where !inlineNames.contains(constraint.name) {
            addConstraint(constraint, table: table, tableIsNew: true)
        }
        for index in sortedValues(table.indexes) { createIndex(index, tableIsNew: true) }
        createTableOptions(table)
        for trigger in sortedValues(table.triggers) { createTrigger(trigger) }
        for policy in sortedValues(table.policies) { createPolicy(policy) }
        if table.rowLevelSecurity { add(.setRowLevelSecurity(name, enabled: true), requires: [ObjectID.relation(name)]) }
        if table.forceRowLevelSecurity {
            add(.setForceRowLevelSecurity(name, forced: true), requires: [ObjectID.relation(name)])
        }
        diffComment(.table(name), old: nil, new: table.comment, object: ObjectID.relation(name))
        for column in table.columns {
            diffComment(
                .column(name, column.name), old: nil, new: column.comment, object: ObjectID.column(name, column.name))
        }
        for constraint in sortedValues(table.constraints) {
            diffComment(
                .constraint(table: name, name: constraint.name), old: nil, new: constraint.comment,
                object: ObjectID.constraint(name, constraint.name))
        }
    }

    /// `DROP TABLE`; foreign keys between dropped tables are dropped first so that cycles cannot block it. A
    /// partition goes before its parent's columns are retyped or dropped (which would recurse into it).
    private mutating func dropTable(_ table: Table) {
        let name = table.name
        droppedRelations.insert(ObjectID.relation(name))
        for constraint in sortedValues(table.constraints) {
            guard case .foreignKey(let key) = constraint.kind, key.referencedTable != name,
                to.tables[key.referencedTable.key] == nil || recreatedTables.contains(key.referencedTable.key)
            else { continue }
            dropConstraint(constraint, table: name)
        }
        var removes = [ObjectID.relation(name)] + table.columns.map { ObjectID.column(name, $0.name) }
        for constraint in table.constraints.values { removes += constraintProvides(constraint, table: name) }
        for index in table.indexes.values { removes += indexProvides(index) }
        var releases = [ObjectID.schema(name.schema), ObjectID.anyExtension]
        for column in table.columns { releases += oldColumnReferences(column, table: name) }
        if let parent = table.partitionOf?.parent {
            releases += [ObjectID.relation(parent)] + table.columns.map { ObjectID.column(parent, $0.name) }
        }
        releases += table.inheritsFrom.map(ObjectID.relation)
        add(.dropTable(name), removes: removes, releases: releases)
    }

    private mutating func alterTable(_ old: Table, _ new: Table) {
        let name = new.name
        let id = ObjectID.relation(name)
        let kept = releasingObjectsOnRecreatedColumns(old, new)
        diffColumns(old, new)
        let partitionView = partitionView(keepingInheritedChecks(kept, new), new)
        let firstOwnedItem = items.count
        diffConstraints(partitionView.old, partitionView.new)
        diffIndexes(partitionView.old, partitionView.new)
        if leavesParent(old, new) { waitForDetach(old, itemsFrom: firstOwnedItem) }
        diffTriggers(old.triggers, new.triggers, on: name)
        diffPolicies(old, new)
        if old.isUnlogged != new.isUnlogged { add(.setUnlogged(name, new.isUnlogged), requires: [id]) }
        diffTableOptions(old, new)
        diffPartitionBound(old, new)
        renameAttachedIndexes(old, new)
        if old.rowLevelSecurity != new.rowLevelSecurity {
            add(.setRowLevelSecurity(name, enabled: new.rowLevelSecurity), requires: [id])
        }
        if old.forceRowLevelSecurity != new.forceRowLevelSecurity {
            add(.setForceRowLevelSecurity(name, forced: new.forceRowLevelSecurity), requires: [id])
        }
        diffComment(.table(name), old: old.comment, new: new.comment, object: id)
    }

    /// Unique keys provided by constraints or indexes of `old` that the plan drops.
    private func uniqueKeysGoingAway(_ old: Table, _ new: Table) -> Set<String> {
        var keys: Set<String> = []
        for constraint in old.constraints.values
        where new.constraints[constraint.name].map({ mustRecreate(constraint, $0, table: old.name) }) ?? true {
            keys.formUnion(constraintProvides(constraint, table: old.name).filter { $0.hasPrefix("ukey:") })
        }
        for index in old.indexes.values where new.indexes[index.name].map({ !sameIndex(index, $0) }) ?? true {
            keys.formUnion(indexProvides(index).filter { $0.hasPrefix("ukey:") })
        }
        return keys
    }

    /// What a column in the new catalog needs first: its types, sequences and functions in its default or generation
    /// expression, the columns its generation expression reads, and any extension.
    func columnRequirements(_ column: Column, table: QualifiedName) -> [String] {
        let schema = table.schema
        return [ObjectID.anyExtension] + newReferences.typeIDs(column.type, schema: schema)
            + newReferences.ids(in: column.defaultExpression ?? "", schema: schema, except: table)
            + newReferences.ids(in: column.generatedExpression ?? "", schema: schema, except: table)
            + mentionedColumns([column.generatedExpression], of: to.tables[table.key])
    }

    /// What an old column uses, which must outlive it.
    func oldColumnReferences(_ column: Column, table: QualifiedName) -> [String] {
        let schema = table.schema
        return oldReferences.typeIDs(column.type, schema: schema)
            + oldReferences.ids(in: column.defaultExpression ?? "", schema: schema, except: table)
            + oldReferences.ids(in: column.generatedExpression ?? "", schema: schema, except: table)
            + mentionedColumns([column.generatedExpression], of: from.tables[table.key])
    }
}
