import Catalog

extension Differ {
    /// What `CREATE TABLE` cannot say for a new table: replica identity, per-column storage and statistics targets,
    /// and defaults or NOT NULL of inherited columns that differ from what the parents give them.
    mutating func createTableOptions(_ table: Table) {
        let name = table.name
        for column in table.columns {
            let inherited = column.isLocal ? nil : parentColumn(column.name, of: table, in: to)
            if let parent = inherited {
                // A parent's own default change recurses to this column, so it must come first.
                let id = ObjectID.column(name, column.name)
                let step = ["step:default-set:" + id]
                let parentSteps = table.inheritsFrom.map { "step:default-set:" + ObjectID.column($0, column.name) }
                if column.defaultExpression != parent.defaultExpression {
                    if let expression = column.defaultExpression {
                        add(
                            .setDefault(name, column: column.name, expression: expression), provides: step,
                            requires: [id] + parentSteps + columnRequirements(column, table: name))
                    } else {
                        add(.dropDefault(name, column: column.name), provides: step, requires: [id] + parentSteps)
                    }
                }
                if column.isNotNull && !parent.isNotNull {
                    add(.setNotNull(name, column: column.name), requires: [ObjectID.column(name, column.name)])
                }
            }
            var given = Column(name: column.name, type: column.type)
            given.storage = inherited?.storage
            diffColumnOptions(given, column, table: name)
        }
        if table.replicaIdentity != .default { diffReplicaIdentity(.default, table.replicaIdentity, table: name) }
    }

    /// Storage parameters, replica identity, column storage and statistics, and `INHERITS` parents of a kept table.
    mutating func diffTableOptions(_ old: Table, _ new: Table) {
        let name = new.name
        diffRelationOptions(old.storageParameters, new.storageParameters, name: name, kind: .table)
        for column in new.columns {
            guard let oldColumn = old.column(column.name) else {
                // A column a parent adds reaches the child with the parent's storage (and the default statistics).
                var given = Column(name: column.name, type: column.type)
                if !column.isLocal { given.storage = parentColumn(column.name, of: new, in: to)?.storage }
                diffColumnOptions(given, column, table: name)
                continue
            }
            diffColumnOptions(oldColumn, column, table: name)
        }
        let identityIndexRecreated = replicaIndexRecreated(old, new)
        diffReplicaIdentity(identityIndexRecreated ? .default : old.replicaIdentity, new.replicaIdentity, table: name)
        diffInheritance(old, new)
    }

    /// `SET (…)` for options added or changed and `RESET (…)` for options removed, as one statement each.
    mutating func diffRelationOptions(_ old: [String], _ new: [String], name: QualifiedName, kind: RelationKind) {
        let oldValues = optionValues(old)
        let newValues = optionValues(new)
        let changed = new.filter { option in oldValues[optionName(option)] != newValues[optionName(option)] }
        let removed = old.map(optionName).filter { newValues[$0] == nil }
        if !removed.isEmpty {
            add(.resetRelationOptions(name, kind, names: removed), requires: [ObjectID.relation(name)])
        }
        if !changed.isEmpty { add(.setRelationOptions(name, kind, changed), requires: [ObjectID.relation(name)]) }
    }

    /// `SET STORAGE` and `SET STATISTICS` where they differ; a storage going back to the default is spelled out as
    /// the type's default storage (Postgres 15 has no `SET STORAGE DEFAULT`).
    private mutating func diffColumnOptions(_ old: Column, _ new: Column, table: QualifiedName) {
        let id = ObjectID.column(table, new.name)
        if old.storage != new.storage || (new.storage != nil && old.type != new.type) {
            let storage = new.storage ?? defaultStorage(ofType: new.type)
            add(.setColumnStorage(table, column: new.name, storage: storage), requires: [id])
        }
        if old.statisticsTarget != new.statisticsTarget {
            add(.setColumnStatistics(table, column: new.name, target: new.statisticsTarget), requires: [id])
        }
    }

    /// `REPLICA IDENTITY`: after the index it names exists, and before an index it stops naming is dropped.
    private mutating func diffReplicaIdentity(_ old: ReplicaIdentity, _ new: ReplicaIdentity, table: QualifiedName) {
        guard old != new else { return }
        var requires = [ObjectID.relation(table)]
        var releases: [String] = []
        if case .index(let index) = new {
            requires += [ObjectID.relation(QualifiedName(table.schema, index)), ObjectID.constraint(table, index)]
        }
        if case .index(let index) = old {
            releases += [ObjectID.relation(QualifiedName(table.schema, index)), ObjectID.constraint(table, index)]
        }
        add(.setReplicaIdentity(table, new), requires: requires, releases: releases)
    }

    /// True when the table keeps `REPLICA IDENTITY USING INDEX` on an index (or constraint) the plan drops and
    /// creates again: dropping it leaves the table without an identity, so it is set again after.
    private func replicaIndexRecreated(_ old: Table, _ new: Table) -> Bool {
        guard case .index(let name) = new.replicaIdentity, old.replicaIdentity == new.replicaIdentity else { return false }
        if let oldIndex = old.indexes[name], let newIndex = new.indexes[name] { return !sameIndex(oldIndex, newIndex) }
        if let oldConstraint = old.constraints[name], let newConstraint = new.constraints[name] {
            return mustRecreate(oldConstraint, newConstraint, table: new.name)
        }
        return false
    }

    /// `NO INHERIT` for parents that go away (before they are dropped), `INHERIT` for new ones (after the parent and
    /// the child's matching columns exist).
    private mutating func diffInheritance(_ old: Table, _ new: Table) {
        let name = new.name
        for parent in old.inheritsFrom where !new.inheritsFrom.contains(parent) {
            add(
                .setInherit(name, parent: parent, inherits: false), provides: ["step:no-inherit:" + name.key],
                releases: [ObjectID.relation(parent)])
        }
        for parent in new.inheritsFrom where !old.inheritsFrom.contains(parent) {
            let parentColumns = to.tables[parent.key]?.columns.map { ObjectID.column(name, $0.name) } ?? []
            add(
                .setInherit(name, parent: parent, inherits: true),
                requires: [ObjectID.relation(name), ObjectID.relation(parent)] + parentColumns)
        }
    }

    /// True when an inherited column of a kept child goes away because a parent it still inherits from drops it
    /// (Postgres drops it from the children too).
    func droppedByParent(_ column: Column, _ old: Table, _ new: Table) -> Bool {
        guard !column.isLocal else { return false }
        return old.inheritsFrom.contains { parent in
            new.inheritsFrom.contains(parent) && from.tables[parent.key]?.column(column.name) != nil
                && to.tables[parent.key]?.column(column.name) == nil
        }
    }

    /// An inherited column as it will be once its parent's own changes recurse to it: `ALTER TABLE parent` changes
    /// the type, default, NOT NULL and storage of the children's inherited column too (a child's own default is
    /// then set again after the parent's, see `ColumnDiff`).
    func afterParentChanges(_ old: Column, _ new: Column, of table: Table) -> Column {
        guard let newParent = parentColumn(new.name, of: table, in: to),
            let oldParent = parentColumn(new.name, of: table, in: from)
        else { return old }
        var column = old
        if oldParent.type != newParent.type || oldParent.collation != newParent.collation {
            column.type = new.type
            column.collation = new.collation
        }
        if oldParent.defaultExpression != newParent.defaultExpression {
            column.defaultExpression = newParent.defaultExpression
        }
        if oldParent.isNotNull != newParent.isNotNull, new.isNotNull == newParent.isNotNull {
            column.isNotNull = new.isNotNull
        }
        if oldParent.storage != newParent.storage, new.storage == newParent.storage { column.storage = new.storage }
        return column
    }

    /// `old` with the CHECK constraints it inherits from parents it leaves: `NO INHERIT` keeps them on the child as
    /// its own, so they are not added again.
    func keepingInheritedChecks(_ old: Table, _ new: Table) -> Table {
        var table = old
        for parent in old.inheritsFrom where !new.inheritsFrom.contains(parent) {
            for constraint in sortedValues(from.tables[parent.key]?.constraints ?? [:])
            where table.constraints[constraint.name] == nil {
                if case .check(_, let noInherit) = constraint.kind, !noInherit {
                    table.constraints[constraint.name] = constraint
                }
            }
        }
        return table
    }

    /// The column `column` as the first parent of `table` in `catalog` that has it declares it.
    func parentColumn(_ column: String, of table: Table, in catalog: Catalog) -> Column? {
        for parent in table.inheritsFrom {
            if let found = catalog.tables[parent.key]?.column(column) { return found }
        }
        return nil
    }

    /// The storage a column of `type` gets by default (`pg_type.typstorage`): `main` for numeric, inet and cidr
    /// (and domains over them), `extended` for every other type that can be stored out of line.
    private func defaultStorage(ofType type: String) -> String {
        if type.hasSuffix("]") { return "extended" }
        if let domain = to.domains[type] ?? from.domains[type] { return defaultStorage(ofType: domain.baseType) }
        let base = type.split(separator: "(").first.map(String.init) ?? type
        return ["numeric", "inet", "cidr"].contains(base) ? "main" : "extended"
    }
}

/// The name part of a `name=value` option.
private func optionName(_ option: String) -> String {
    option.split(separator: "=", maxSplits: 1).first.map(String.init) ?? option
}

/// Options by name.
private func optionValues(_ options: [String]) -> [String: String] {
    Dictionary(options.map { (optionName($0), $0) }, uniquingKeysWith: { _, last in last })
}
