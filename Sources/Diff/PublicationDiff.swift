import Catalog

extension Differ {
    /// Publications are altered in place (`ADD`/`DROP TABLE`, `ADD`/`DROP TABLES IN SCHEMA`, `SET (…)`) and
    /// recreated only when they switch to or from `FOR ALL TABLES`. A table entry whose column list or row filter
    /// changes, or whose table is recreated or has a column retyped, is dropped from the publication and added again.
    mutating func diffPublications() {
        for publication in sortedValues(to.publications) {
            guard let old = from.publications[publication.name], old.allTables == publication.allTables else {
                if let old = from.publications[publication.name] { dropPublication(old) }
                createPublication(publication)
                continue
            }
            let id = ObjectID.publication(publication.name)
            let oldMembers = Dictionary(old.members.map { ($0.table.key, $0) }, uniquingKeysWith: { a, _ in a })
            let newMembers = Dictionary(publication.members.map { ($0.table.key, $0) }, uniquingKeysWith: { a, _ in a })
            for member in old.members {
                if let new = newMembers[member.table.key], new == member, !mustReAdd(member) { continue }
                add(
                    .dropPublicationTable(publication: old.name, member.table), requires: [id],
                    releases: memberIDs(member, in: from))
            }
            for member in publication.members {
                if let previous = oldMembers[member.table.key], previous == member, !mustReAdd(member) { continue }
                add(
                    .addPublicationTable(publication: publication.name, member),
                    requires: [id] + memberIDs(member, in: to)
                        + newReferences.ids(in: member.rowFilter ?? "", schema: member.table.schema, except: member.table))
            }
            for schema in old.schemas where !publication.schemas.contains(schema) {
                add(
                    .dropPublicationSchema(publication: old.name, schema: schema), requires: [id],
                    releases: [ObjectID.schema(schema)])
            }
            for schema in publication.schemas where !old.schemas.contains(schema) {
                add(
                    .addPublicationSchema(publication: publication.name, schema: schema),
                    requires: [id, ObjectID.schema(schema)])
            }
            if old.operations != publication.operations || old.viaPartitionRoot != publication.viaPartitionRoot {
                add(.setPublicationOptions(publication), requires: [id])
            }
            diffComment(.publication(publication.name), old: old.comment, new: publication.comment, object: id)
        }
        for publication in sortedValues(from.publications) where to.publications[publication.name] == nil {
            dropPublication(publication)
        }
    }

    private mutating func createPublication(_ publication: Publication) {
        let id = ObjectID.publication(publication.name)
        var requires = publication.schemas.map(ObjectID.schema)
        for member in publication.members {
            requires += memberIDs(member, in: to)
            requires += newReferences.ids(in: member.rowFilter ?? "", schema: member.table.schema, except: member.table)
        }
        add(.createPublication(publication), provides: [id], requires: requires)
        diffComment(.publication(publication.name), old: nil, new: publication.comment, object: id)
    }

    private mutating func dropPublication(_ publication: Publication) {
        add(
            .dropPublication(publication), removes: [ObjectID.publication(publication.name)],
            releases: publication.members.flatMap { memberIDs($0, in: from) } + publication.schemas.map(ObjectID.schema))
    }

    /// The table of a publication entry and every one of its columns (a column list or row filter may use any).
    private func memberIDs(_ member: Publication.Member, in catalog: Catalog) -> [String] {
        let columns = catalog.tables[member.table.key]?.columns.map { ObjectID.column(member.table, $0.name) } ?? []
        return [ObjectID.relation(member.table)] + columns
    }

    /// True when the plan drops and recreates the entry's table or retypes one of its columns: Postgres drops the
    /// entry with the table and refuses to retype a column a row filter or column list uses.
    private func mustReAdd(_ member: Publication.Member) -> Bool {
        if recreatedTables.contains(member.table.key) || droppedRelations.contains(ObjectID.relation(member.table)) {
            return true
        }
        guard member.columns != nil || member.rowFilter != nil else { return false }
        let prefix = ObjectID.column(member.table, "")
        return dirtyColumns.contains { $0.hasPrefix(prefix) }
    }
}
