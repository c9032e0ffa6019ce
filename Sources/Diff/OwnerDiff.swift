import Catalog

extension Differ {
    /// `ALTER … OWNER TO` for every object of the new catalog that names an owner other than the old one's (an
    /// object the plan creates is owned by whoever runs it, so its owner is always set). Sequences owned by a column
    /// follow their table's owner and are left alone. Only called with `DiffOptions.includeOwners`.
    mutating func diffOwners() {
        let created = createdObjects()
        func change(_ id: String, old: String?, new: String?, _ object: OwnedObject) {
            guard let new, created.contains(id) || old != new else { return }
            add(.setOwner(object, role: new), requires: [id])
        }
        for schema in sortedValues(to.schemas) {
            change(
                ObjectID.schema(schema.name), old: from.schemas[schema.name]?.owner, new: schema.owner,
                .schema(schema.name))
        }
        for type in sortedValues(to.enums) {
            change(ObjectID.type(type.name), old: from.enums[type.name.key]?.owner, new: type.owner, .type(type.name))
        }
        for type in sortedValues(to.compositeTypes) {
            change(
                ObjectID.type(type.name), old: from.compositeTypes[type.name.key]?.owner, new: type.owner,
                .type(type.name))
        }
        for domain in sortedValues(to.domains) {
            change(
                ObjectID.type(domain.name), old: from.domains[domain.name.key]?.owner, new: domain.owner,
                .domain(domain.name))
        }
        for sequence in sortedValues(to.sequences) where sequence.ownedBy == nil {
            change(
                ObjectID.relation(sequence.name), old: from.sequences[sequence.name.key]?.owner, new: sequence.owner,
                .sequence(sequence.name))
        }
        for function in sortedValues(to.functions) {
            change(
                ObjectID.function(function.key), old: from.functions[function.key]?.owner, new: function.owner,
                .function(FunctionSignature(function)))
        }
        for table in sortedValues(to.tables) {
            change(
                ObjectID.relation(table.name), old: from.tables[table.name.key]?.owner, new: table.owner,
                .table(table.name))
        }
        for view in sortedValues(to.views) {
            change(
                ObjectID.relation(view.name), old: from.views[view.name.key]?.owner, new: view.owner,
                .view(view.name, materialized: view.isMaterialized))
        }
        for trigger in sortedValues(to.eventTriggers) {
            change(
                ObjectID.eventTrigger(trigger.name), old: from.eventTriggers[trigger.name]?.owner, new: trigger.owner,
                .eventTrigger(trigger.name))
        }
        for publication in sortedValues(to.publications) {
            change(
                ObjectID.publication(publication.name), old: from.publications[publication.name]?.owner,
                new: publication.owner, .publication(publication.name))
        }
    }
}
