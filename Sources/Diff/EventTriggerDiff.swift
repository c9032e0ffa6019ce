import Catalog

extension Differ {
    /// Event triggers are recreated when their event, tags or function change, or when their function is dropped
    /// and created again; the enabled state and the comment are altered in place.
    mutating func diffEventTriggers() {
        for trigger in sortedValues(to.eventTriggers) {
            guard let old = from.eventTriggers[trigger.name] else {
                createEventTrigger(trigger)
                continue
            }
            var oldShape = old
            oldShape.enabled = trigger.enabled
            oldShape.comment = trigger.comment
            oldShape.owner = trigger.owner
            if oldShape != trigger || recreatedFunctions.contains(Function.key(trigger.function, identityArguments: "")) {
                dropEventTrigger(old)
                createEventTrigger(trigger)
                continue
            }
            let id = ObjectID.eventTrigger(trigger.name)
            if old.enabled != trigger.enabled { add(.setEventTriggerEnabled(trigger), requires: [id]) }
            diffComment(.eventTrigger(trigger.name), old: old.comment, new: trigger.comment, object: id)
        }
        for trigger in sortedValues(from.eventTriggers) where to.eventTriggers[trigger.name] == nil {
            dropEventTrigger(trigger)
        }
    }

    private mutating func createEventTrigger(_ trigger: EventTrigger) {
        let id = ObjectID.eventTrigger(trigger.name)
        add(
            .createEventTrigger(trigger), provides: [id],
            requires: [
                ObjectID.function(Function.key(trigger.function, identityArguments: "")),
                ObjectID.functionName(trigger.function),
            ])
        if trigger.enabled != .origin { add(.setEventTriggerEnabled(trigger), requires: [id]) }
        diffComment(.eventTrigger(trigger.name), old: nil, new: trigger.comment, object: id)
    }

    private mutating func dropEventTrigger(_ trigger: EventTrigger) {
        add(
            .dropEventTrigger(trigger), removes: [ObjectID.eventTrigger(trigger.name)],
            releases: [
                ObjectID.function(Function.key(trigger.function, identityArguments: "")),
                ObjectID.functionName(trigger.function),
            ])
    }
}
