import Catalog

extension Differ {
    /// Triggers are recreated when they change or when their function is dropped and created again.
    mutating func diffTriggers(_ old: [String: Trigger], _ new: [String: Trigger], on relation: QualifiedName) {
        for trigger in sortedValues(new) {
            guard let oldTrigger = old[trigger.name] else {
                createTrigger(trigger)
                continue
            }
            var oldShape = oldTrigger
            oldShape.enabled = trigger.enabled
            oldShape.comment = trigger.comment
            oldShape.definition = trigger.definition
            let functionRecreated = recreatedFunctions.contains(Function.key(trigger.function, identityArguments: ""))
            let readsDirtyColumn =
                oldTrigger.updateColumns.contains { dirtyColumns.contains(ObjectID.column(relation, $0)) }
                || mentionsDirtyColumn([oldTrigger.when], of: from.tables[relation.key])
            if oldShape != trigger || functionRecreated || readsDirtyColumn {
                dropTrigger(oldTrigger)
                createTrigger(trigger)
                continue
            }
            let id = ObjectID.trigger(relation, trigger.name)
            if oldTrigger.enabled != trigger.enabled { add(.setTriggerEnabled(trigger), requires: [id]) }
            diffComment(
                .trigger(table: relation, name: trigger.name), old: oldTrigger.comment, new: trigger.comment, object: id)
        }
        for trigger in sortedValues(old) where new[trigger.name] == nil {
            dropTrigger(trigger)
        }
    }

    mutating func createTrigger(_ trigger: Trigger) {
        let table = trigger.table
        let id = ObjectID.trigger(table, trigger.name)
        var requires = [
            ObjectID.relation(table), ObjectID.function(Function.key(trigger.function, identityArguments: "")),
            ObjectID.functionName(trigger.function),
        ]
        requires += trigger.updateColumns.map { ObjectID.column(table, $0) }
        requires += newReferences.ids(in: trigger.when ?? "", schema: table.schema, except: table)
        requires += mentionedColumns([trigger.when], of: to.tables[table.key])
        add(.createTrigger(trigger), provides: [id], requires: requires)
        if trigger.enabled != .origin { add(.setTriggerEnabled(trigger), requires: [id]) }
        diffComment(.trigger(table: table, name: trigger.name), old: nil, new: trigger.comment, object: id)
    }

    mutating func dropTrigger(_ trigger: Trigger) {
        let table = trigger.table
        var releases = [
            ObjectID.function(Function.key(trigger.function, identityArguments: "")),
            ObjectID.functionName(trigger.function),
        ]
        releases += trigger.updateColumns.map { ObjectID.column(table, $0) }
        releases += mentionedColumns([trigger.when], of: from.tables[table.key])
        add(.dropTrigger(trigger), removes: [ObjectID.trigger(table, trigger.name)], releases: releases)
    }
}
