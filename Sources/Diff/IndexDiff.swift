import Catalog

extension Differ {
    mutating func diffIndexes(_ old: Table, _ new: Table) {
        for index in sortedValues(new.indexes) {
            guard let oldIndex = old.indexes[index.name] else {
                createIndex(index, tableIsNew: false)
                continue
            }
            let schema = index.table.schema
            let callsRecreated = oldIndex.keys.contains {
                !$0.isColumn
                    && (callsRecreatedFunction($0.expression, schema: schema)
                        || usesRecreatedType($0.expression, schema: schema))
            } || callsRecreatedFunction(oldIndex.predicate, schema: schema)
                || usesRecreatedType(oldIndex.predicate, schema: schema)
            if !sameIndex(oldIndex, index) || callsRecreated {
                dropIndex(oldIndex)
                createIndex(index, tableIsNew: false)
                continue
            }
            diffComment(
                .index(index.qualifiedName), old: oldIndex.comment, new: index.comment,
                object: ObjectID.relation(index.qualifiedName))
        }
        for index in sortedValues(old.indexes) where new.indexes[index.name] == nil {
            dropIndex(index)
        }
    }

    /// Compares what the index is, not how its definition text names the table (which a rename changes).
    func sameIndex(_ old: Index, _ new: Index) -> Bool {
        old.method == new.method && old.isUnique == new.isUnique && old.keys == new.keys
            && old.includedColumns == new.includedColumns && old.predicate == new.predicate
            && old.storageParameters == new.storageParameters && old.nullsNotDistinct == new.nullsNotDistinct
            && old.table == new.table
    }

    mutating func createIndex(_ index: Index, tableIsNew: Bool) {
        let table = index.table
        // Postgres cannot build an index on a partitioned table CONCURRENTLY; `CREATE INDEX` on the parent locks
        // every partition (SHARE) while it builds or attaches their indexes.
        let concurrently = !tableIsNew && to.tables[table.key]?.partitionKey == nil
            && hints.concurrentIndexes.contains(index.qualifiedName.key)
        var requires = [ObjectID.relation(table), ObjectID.anyExtension] + indexColumns(index).map {
            ObjectID.column(table, $0)
        }
        for key in index.keys where !key.isColumn {
            requires += newReferences.ids(in: key.expression, schema: table.schema, except: table)
        }
        requires += newReferences.ids(in: index.predicate ?? "", schema: table.schema, except: table)
        requires += mentionedColumns(expressionTexts(of: index), of: to.tables[table.key])
        if index.isPartitioned && !tableIsNew { requires += createPartitionIndexes(of: index) }
        add(
            .createIndex(index, concurrently: concurrently, tableIsNew: tableIsNew), provides: indexProvides(index),
            requires: requires)
        diffComment(
            .index(index.qualifiedName), old: nil, new: index.comment, object: ObjectID.relation(index.qualifiedName))
    }

    mutating func dropIndex(_ index: Index) {
        let concurrently = from.tables[index.table.key]?.partitionKey == nil
            && hints.concurrentIndexes.contains(index.qualifiedName.key)
        var releases = indexColumns(index).map { ObjectID.column(index.table, $0) }
        for key in index.keys where !key.isColumn {
            releases += oldReferences.ids(in: key.expression, schema: index.table.schema, except: index.table)
        }
        releases += oldReferences.ids(in: index.predicate ?? "", schema: index.table.schema, except: index.table)
        releases += mentionedColumns(expressionTexts(of: index), of: from.tables[index.table.key])
        add(
            .dropIndex(index.qualifiedName, concurrently: concurrently),
            removes: indexProvides(index) + attachedIndexIDs(of: index), releases: releases)
    }

    /// The index relation and, for a full unique index on plain columns, the unique key foreign keys may use.
    func indexProvides(_ index: Index) -> [String] {
        var ids = [ObjectID.relation(index.qualifiedName)]
        if index.isUnique && index.predicate == nil && index.keys.allSatisfy(\.isColumn) {
            ids.append(ObjectID.uniqueKey(index.table, index.keys.map(\.expression)))
        }
        return ids
    }

    /// The key expressions and the predicate, where columns hide from `indexColumns`.
    func expressionTexts(of index: Index) -> [String?] {
        index.keys.filter { !$0.isColumn }.map(\.expression) + [index.predicate]
    }

    /// The plain key columns and the `INCLUDE` columns.
    func indexColumns(_ index: Index) -> [String] {
        index.keys.filter(\.isColumn).map(\.expression) + index.includedColumns
    }
}
