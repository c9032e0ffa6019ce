import Catalog

extension Differ {
    mutating func diffConstraints(_ old: Table, _ new: Table) {
        let name = new.name
        for constraint in sortedValues(new.constraints) {
            guard let oldConstraint = old.constraints[constraint.name] else {
                addConstraint(constraint, table: new, tableIsNew: false)
                continue
            }
            if mustRecreate(oldConstraint, constraint, table: name) {
                dropConstraint(oldConstraint, table: name)
                addConstraint(constraint, table: new, tableIsNew: false)
                continue
            }
            if !oldConstraint.isValidated && constraint.isValidated {
                add(
                    .validateConstraint(name, name: constraint.name),
                    requires: [ObjectID.constraint(name, constraint.name)])
            }
            diffComment(
                .constraint(table: name, name: constraint.name), old: oldConstraint.comment, new: constraint.comment,
                object: ObjectID.constraint(name, constraint.name))
        }
        for constraint in sortedValues(old.constraints) where new.constraints[constraint.name] == nil {
            dropConstraint(constraint, table: name)
        }
    }

    /// Kind, deferrability or a validated constraint becoming `NOT VALID` change: Postgres has no ALTER for those.
    /// A foreign key is also recreated when the table or unique key it references is.
    func mustRecreate(_ old: Constraint, _ new: Constraint, table: QualifiedName) -> Bool {
        if old.kind != new.kind || old.isDeferrable != new.isDeferrable
            || old.isInitiallyDeferred != new.isInitiallyDeferred || (old.isValidated && !new.isValidated)
            || callsRecreatedFunction(old.definition, schema: table.schema)
            || usesRecreatedType(old.definition, schema: table.schema)
        {
            return true
        }
        if case .foreignKey(let key) = new.kind,
            recreatedTables.contains(key.referencedTable.key)
                || droppedUniqueKeys.contains(ObjectID.uniqueKey(key.referencedTable, key.referencedColumns))
        {
            return true
        }
        return false
    }

    mutating func addConstraint(_ constraint: Constraint, table: Table, tableIsNew: Bool) {
        let name = table.name
        var requires = [ObjectID.relation(name)] + constraintColumns(constraint).map { ObjectID.column(name, $0) }
        requires += newReferences.ids(in: constraint.definition, schema: name.schema, except: name)
        for referenced in NameScanner.scan(constraint.definition) where referenced.parts.count == 1 {
            if table.column(referenced.parts[0]) != nil { requires.append(ObjectID.column(name, referenced.parts[0])) }
        }
        if case .foreignKey(let key) = constraint.kind {
            requires += [
                ObjectID.relation(key.referencedTable), ObjectID.uniqueKey(key.referencedTable, key.referencedColumns),
            ]
            requires += key.referencedColumns.map { ObjectID.column(key.referencedTable, $0) }
        }
        add(
            .addConstraint(name, constraint, tableIsNew: tableIsNew), provides: constraintProvides(constraint, table: name),
            requires: requires)
        if !tableIsNew {
            diffComment(
                .constraint(table: name, name: constraint.name), old: nil, new: constraint.comment,
                object: ObjectID.constraint(name, constraint.name))
        }
    }

    mutating func dropConstraint(_ constraint: Constraint, table: QualifiedName) {
        var releases = constraintColumns(constraint).map { ObjectID.column(table, $0) }
        releases += oldReferences.ids(in: constraint.definition, schema: table.schema, except: table)
        if case .foreignKey(let key) = constraint.kind {
            releases += [
                ObjectID.relation(key.referencedTable), ObjectID.uniqueKey(key.referencedTable, key.referencedColumns),
            ]
            releases += key.referencedColumns.map { ObjectID.column(key.referencedTable, $0) }
        }
        add(
            .dropConstraint(table, name: constraint.name), removes: constraintProvides(constraint, table: table),
            releases: releases)
    }

    /// The constraint itself and, for primary keys and unique constraints, the unique key foreign keys rely on.
    func constraintProvides(_ constraint: Constraint, table: QualifiedName) -> [String] {
        var ids = [ObjectID.constraint(table, constraint.name)]
        switch constraint.kind {
        case .primaryKey(let columns): ids.append(ObjectID.uniqueKey(table, columns))
        case .unique(let columns, _): ids.append(ObjectID.uniqueKey(table, columns))
        default: break
        }
        return ids
    }

    private func constraintColumns(_ constraint: Constraint) -> [String] {
        switch constraint.kind {
        case .primaryKey(let columns), .unique(let columns, _): return columns
        case .foreignKey(let key): return key.columns
        case .check, .exclusion: return []
        }
    }
}
