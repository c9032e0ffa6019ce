import Catalog

extension Differ {
    /// Keys of the tables on both sides that the plan drops and creates again, decided in `planRecreations` so that
    /// functions whose SQL-standard body reads one can follow: a table whose partition key changes (including
    /// between partitioned and plain) or names a column whose type changes (Postgres can do neither in place; like
    /// any drop of a table, this is destructive), and every partition of such a table, transitively.
    func tablesToRecreate() -> Set<String> {
        var keys: Set<String> = []
        for table in to.tables.values {
            guard let old = from.tables[table.name.key] else { continue }
            if old.partitionKey != table.partitionKey
                || (old.partitionKey != nil
                    && mentionedColumns([old.partitionKey], of: old).contains(where: columnsChangingType.contains))
            {
                keys.insert(table.name.key)
            }
        }
        var grew = !keys.isEmpty
        while grew {
            grew = false
            for table in from.tables.values where !keys.contains(table.name.key) {
                guard let parent = table.partitionOf?.parent, keys.contains(parent.key),
                    to.tables[table.name.key] != nil
                else { continue }
                keys.insert(table.name.key)
                grew = true
            }
        }
        return keys
    }
}
