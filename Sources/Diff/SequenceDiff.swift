import Catalog

extension Differ {
    mutating func diffSequences() {
        for sequence in sortedValues(to.sequences) {
            let id = ObjectID.relation(sequence.name)
            let old = from.sequences[sequence.name.key]
            if let old {
                if old.dataType != sequence.dataType || old.options != sequence.options {
                    add(.alterSequence(sequence.name, dataType: sequence.dataType, options: sequence.options), requires: [id])
                }
            } else {
                add(.createSequence(sequence), provides: [id], requires: [ObjectID.schema(sequence.name.schema)])
            }
            if old?.ownedBy != sequence.ownedBy {
                var requires = [id]
                if let owner = sequence.ownedBy {
                    requires.append(ObjectID.column(owner.relation, owner.column ?? ""))
                }
                let releases = old?.ownedBy.map { [ObjectID.column($0.relation, $0.column ?? "")] } ?? []
                add(.setSequenceOwner(sequence.name, sequence.ownedBy), requires: requires, releases: releases)
            }
            diffComment(.sequence(sequence.name), old: old?.comment, new: sequence.comment, object: id)
        }
        for sequence in sortedValues(from.sequences) where to.sequences[sequence.name.key] == nil {
            if let owner = sequence.ownedBy, ownerIsDropped(owner) { continue }
            add(
                .dropSequence(sequence.name), removes: [ObjectID.relation(sequence.name)],
                releases: [ObjectID.schema(sequence.name.schema)])
        }
    }

    /// True when the column (or whole table) owning a sequence disappears, taking the sequence with it.
    private func ownerIsDropped(_ owner: ColumnReference) -> Bool {
        guard let table = to.tables[owner.relation.key], from.tables[owner.relation.key] != nil else { return true }
        if recreatedTables.contains(owner.relation.key) { return true }
        guard let column = owner.column else { return false }
        return table.column(column) == nil
    }
}
