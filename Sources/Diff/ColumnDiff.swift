import Foundation
import Catalog
import SQLSyntax

extension Differ {
    /// Column additions, drops and in-place alterations of a table that exists on both sides.
    mutating func diffColumns(_ old: Table, _ new: Table) {
        let name = new.name
        let newNames = Set(new.columns.map(\.name))
        for column in old.columns where !newNames.contains(column.name) {
            if droppedByParent(column, old, new) {
                dirtyColumns.insert(ObjectID.column(name, column.name))
                continue
            }
            dropColumn(column, table: name)
        }
        var previous: String?
        for column in new.columns {
            defer { previous = column.name }
            guard let oldColumn = old.column(column.name) else {
                if !column.isLocal, parentColumn(column.name, of: new, in: to) != nil { continue }
                addColumn(column, table: name, after: previous)
                continue
            }
            let before = column.isLocal ? oldColumn : afterParentChanges(oldColumn, column, of: new)
            if before.type != oldColumn.type || before.collation != oldColumn.collation {
                dirtyColumns.insert(ObjectID.column(name, column.name))
            }
            let parentSteps = new.inheritsFrom.map { "step:default-set:" + ObjectID.column($0, column.name) }
            alterColumn(before, column, table: name, isPartition: new.partitionOf != nil, after: parentSteps)
        }
    }

    /// Adds a column; `after` (the column before it in the new order) keeps several new columns in order.
    private mutating func addColumn(_ column: Column, table: QualifiedName, after previous: String?) {
        let id = ObjectID.column(table, column.name)
        let order = previous.map { [ObjectID.column(table, $0)] } ?? []
        add(
            .addColumn(table, column), provides: [id],
            requires: [ObjectID.relation(table)] + order + columnRequirements(column, table: table))
        diffComment(.column(table, column.name), old: nil, new: column.comment, object: id)
    }

    /// Drops a column; `lossReason` says why a column that exists on both sides cannot keep its values.
    private mutating func dropColumn(_ column: Column, table: QualifiedName, lossReason: String? = nil) {
        let id = ObjectID.column(table, column.name)
        dirtyColumns.insert(id)
        add(
            lossReason.map { .dropColumnLosingValues(table, column: column.name, reason: $0) }
                ?? .dropColumn(table, column: column.name),
            requires: ["step:no-inherit:" + table.key], removes: [id],
            releases: oldColumnReferences(column, table: table))
    }

    /// In-place changes of a kept column; `parentSteps` are the parents' default changes, which recurse to this
    /// column and so must come before its own.
    private mutating func alterColumn(
        _ old: Column, _ new: Column, table: QualifiedName, isPartition: Bool, after parentSteps: [String] = []
    ) {
        let id = ObjectID.column(table, new.name)
        let conversion = TypeConversion(from: old.type, to: new.type)
        if isRecreated(old, new, table: table) && !isPartition {
            let reason =
                conversion == .none
                ? "Postgres has no cast from \(old.type) to \(new.type): the column is dropped and added again empty"
                : nil
            dropColumn(old, table: table, lossReason: reason)
            addColumn(new, table: table, after: nil)
            return
        }
        if old.generatedExpression != nil && new.generatedExpression == nil {
            add(.dropGeneratedExpression(table, column: new.name), requires: [id])
        }
        let retyped =
            (old.type != new.type || old.collation != new.collation) && !retypedColumns.contains(id) && !isPartition
        let defaultDropped = "step:default-dropped:" + id
        let identityDropped = "step:identity-dropped:" + id
        let notNullSet = "step:not-null-set:" + id
        let oldDefault = old.generatedExpression == nil ? old.defaultExpression : nil
        let movedByTypeRecreation = retypedColumns.contains(id)
        let defaultChanges =
            !movedByTypeRecreation
            && (oldDefault != new.defaultExpression || callsRecreatedFunction(oldDefault, schema: table.schema))
        if oldDefault != nil && !movedByTypeRecreation
            && (defaultChanges || retyped || (old.identity == nil && new.identity != nil))
        {
            add(
                .dropDefault(table, column: new.name), provides: [defaultDropped, "step:default-set:" + id],
                releases: oldReferences.ids(in: oldDefault ?? "", schema: table.schema, except: table))
        }
        if old.identity != nil && new.identity == nil {
            add(.dropIdentity(table, column: new.name), provides: [identityDropped])
        }
        if old.isNotNull && !new.isNotNull && !isPartition {
            add(.dropNotNull(table, column: new.name), requires: [identityDropped])
        }
        if retyped {
            dirtyColumns.insert(id)
            let using = conversion.using(column: new.name, from: old.type, to: new.type)
            let change: Change =
                conversion == .throughText
                ? .convertColumnType(
                    table, column: new.name, type: new.type, collation: new.collation, using: using ?? "",
                    from: old.type)
                : .alterColumnType(table, column: new.name, type: new.type, collation: new.collation, using: using)
            add(
                change,
                provides: [id], requires: [defaultDropped] + columnRequirements(new, table: table), removes: [id],
                releases: oldReferences.typeIDs(old.type, schema: table.schema))
        }
        if !old.isNotNull && new.isNotNull && !isPartition {
            add(.setNotNull(table, column: new.name), provides: [notNullSet], requires: [id])
        }
        if let expression = new.defaultExpression, new.generatedExpression == nil,
            defaultChanges || retyped
        {
            add(
                .setDefault(table, column: new.name, expression: expression), provides: ["step:default-set:" + id],
                requires: [id, defaultDropped] + parentSteps + columnRequirements(new, table: table))
        }
        if let identity = new.identity {
            if let oldIdentity = old.identity {
                if oldIdentity != identity { add(.alterIdentity(table, column: new.name, identity), requires: [id]) }
            } else {
                add(.addIdentity(table, column: new.name, identity), requires: [id, notNullSet, defaultDropped])
            }
        }
        diffComment(.column(table, new.name), old: old.comment, new: new.comment, object: id)
    }
}
