import Catalog

extension Differ {
    /// `old` and `new` as the constraint and index diffs compare them, after what Postgres does by itself:
    /// - a partition leaving its parent keeps its cloned constraints and attached indexes as its own, so they count
    ///   as its old own objects (dropping or keeping them like any other);
    /// - a table's own constraint or index equal to one the new parent clones is taken over by Postgres (on
    ///   `ATTACH PARTITION`, or when the parent's index or constraint is created), so it is kept, not dropped;
    /// - a CHECK the new parent has must already be on a table attached to it, so it is added first.
    func partitionView(_ old: Table, _ new: Table) -> (old: Table, new: Table) {
        var old = old
        var new = new
        if leavesParent(old, new) {
            old.constraints.merge(old.inheritedConstraints) { own, _ in own }
            old.indexes.merge(old.attachedIndexes) { own, _ in own }
        }
        for clone in new.inheritedConstraints.values where new.constraints[clone.name] == nil {
            if let own = old.constraints[clone.name], !mustRecreate(own, clone, table: new.name) {
                new.constraints[clone.name] = own
            } else if case .check = clone.kind, attaches(old, new) {
                new.constraints[clone.name] = clone
            }
        }
        for clone in new.attachedIndexes.values where new.indexes[clone.name] == nil {
            if let own = old.indexes[clone.name], sameIndex(own, clone) { new.indexes[clone.name] = own }
        }
        return (old, new)
    }

    /// `DETACH PARTITION` and `ATTACH PARTITION … bound` when the parent or bound changes (a new bound is a detach
    /// and an attach). Changes to what the detached table owns wait for the detach; the attach waits for the CHECKs
    /// its new parent requires.
    mutating func diffPartitionBound(_ old: Table, _ new: Table) {
        guard old.partitionOf != new.partitionOf else { return }
        let name = new.name
        let token = detachedToken(name)
        if let parent = old.partitionOf?.parent {
            add(
                .detachPartition(parent: parent, partition: name), provides: [token],
                releases: [ObjectID.relation(parent)])
        }
        if let bound = new.partitionOf {
            var requires = [ObjectID.relation(name), ObjectID.relation(bound.parent), token]
            for clone in new.inheritedConstraints.values {
                if case .check = clone.kind { requires.append(ObjectID.constraint(name, clone.name)) }
            }
            add(.attachPartition(parent: bound.parent, partition: name, bound: bound.bound), requires: requires)
        }
    }

    /// Makes the drops of a leaving partition's cloned constraints and attached indexes, among `items` from
    /// `first` on, wait for the detach (Postgres refuses to drop them while they are inherited).
    mutating func waitForDetach(_ old: Table, itemsFrom first: Int) {
        for position in first..<items.count {
            let clone: Bool
            switch items[position].change {
            case .dropConstraint(_, let name): clone = old.inheritedConstraints[name] != nil
            case .dropIndex(let index, _): clone = old.attachedIndexes[index.name] != nil
            default: clone = false
            }
            if clone { items[position].requires.append(detachedToken(old.name)) }
        }
    }

    /// Before `CREATE INDEX` on an existing partitioned table: the index each existing partition should have
    /// attached to it is created first, as the partition's own and under its own name. Postgres then attaches it
    /// instead of building one with a generated name, and a `concurrentIndexes` hint can build it CONCURRENTLY.
    /// Returns the ids the parent's index waits for.
    mutating func createPartitionIndexes(of index: Index) -> [String] {
        var ids: [String] = []
        for partition in sortedValues(to.tables) where partition.partitionOf?.parent == index.table {
            guard let old = from.tables[partition.name.key], !recreatedTables.contains(partition.name.key) else {
                continue
            }
            for clone in sortedValues(partition.attachedIndexes) where clone.parentIndex == index.name {
                ids.append(ObjectID.relation(clone.qualifiedName))
                if let own = old.indexes[clone.name], sameIndex(own, clone) { continue }
                var own = clone
                own.parentIndex = nil
                createIndex(own, tableIsNew: false)
            }
        }
        return ids
    }

    /// The ids of the indexes attached to a partitioned index in the old catalog, which dropping it drops too.
    func attachedIndexIDs(of index: Index) -> [String] {
        guard index.isPartitioned else { return [] }
        return from.tables.values.filter { $0.partitionOf?.parent == index.table }.flatMap { partition in
            partition.attachedIndexes.values.filter { $0.parentIndex == index.name }.flatMap { clone in
                [ObjectID.relation(clone.qualifiedName)] + attachedIndexIDs(of: clone)
            }
        }
    }

    /// `ALTER INDEX … RENAME` for a partition that stays attached to the same parent, when the index attached to an
    /// unchanged parent index has another name in the target (Postgres names the copies it makes itself).
    mutating func renameAttachedIndexes(_ old: Table, _ new: Table) {
        guard let parent = new.partitionOf?.parent, old.partitionOf?.parent == parent,
            let oldParent = from.tables[parent.key], let newParent = to.tables[parent.key],
            !recreatedTables.contains(parent.key)
        else { return }
        for clone in sortedValues(new.attachedIndexes) where old.attachedIndexes[clone.name] == nil {
            guard let parentIndex = clone.parentIndex,
                let oldParentIndex = oldParent.indexes[parentIndex],
                let newParentIndex = newParent.indexes[parentIndex],
                sameIndex(oldParentIndex, newParentIndex),
                !callsRecreatedFunction(oldParentIndex.predicate, schema: parent.schema),
                let oldClone = old.attachedIndexes.values.first(where: { $0.parentIndex == parentIndex }),
                new.attachedIndexes[oldClone.name] == nil
            else { continue }
            add(
                .renameIndex(oldClone.qualifiedName, to: clone.name),
                provides: [ObjectID.relation(clone.qualifiedName)], requires: [ObjectID.relation(new.name)],
                removes: [ObjectID.relation(oldClone.qualifiedName)])
        }
    }

    /// The ordering token the detach of `table` provides.
    func detachedToken(_ table: QualifiedName) -> String { "step:detached:" + table.key }

    /// True when a partition stops being one of its parent's (detached, or moved to another parent).
    func leavesParent(_ old: Table, _ new: Table) -> Bool {
        guard let parent = old.partitionOf?.parent else { return false }
        return parent != new.partitionOf?.parent
    }

    /// True when the table is attached to a parent it was not a partition of.
    private func attaches(_ old: Table, _ new: Table) -> Bool {
        guard let parent = new.partitionOf?.parent else { return false }
        return parent != old.partitionOf?.parent
    }
}
