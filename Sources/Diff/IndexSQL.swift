import Catalog
import SQLSyntax

/// The `CREATE INDEX` statement of `index`, built from its parts. On a partitioned table it creates the index on
/// every partition too (no `ONLY`), as the index it describes was.
func createIndexSQL(_ index: Index, concurrently: Bool) -> String {
    var sql = "CREATE \(index.isUnique ? "UNIQUE " : "")INDEX \(concurrently ? "CONCURRENTLY " : "")"
    sql += "\(quoteIdentifier(index.name)) ON \(index.table.sql) USING \(quoteIdentifier(index.method)) ("
    sql += index.keys.map(indexKeySQL).joined(separator: ", ") + ")"
    if !index.includedColumns.isEmpty {
        sql += " INCLUDE (\(index.includedColumns.map(quoteIdentifier).joined(separator: ", ")))"
    }
    if index.nullsNotDistinct { sql += " NULLS NOT DISTINCT" }
    if !index.storageParameters.isEmpty {
        sql += " WITH (\(index.storageParameters.map(relationOptionSQL).joined(separator: ", ")))"
    }
    if let predicate = index.predicate { sql += " WHERE (\(predicate))" }
    return sql
}

/// One key: the quoted column or the parenthesised expression, then collation, operator class (with its
/// parameters) and ordering. Collation and operator class are kept as DDL spells them (see `IndexKey`).
private func indexKeySQL(_ key: IndexKey) -> String {
    var sql = key.isColumn ? quoteIdentifier(key.expression) : "(\(key.expression))"
    if let collation = key.collation { sql += " COLLATE \(collation)" }
    if let operatorClass = key.operatorClass {
        sql += " \(operatorClass)"
        if !key.operatorClassOptions.isEmpty {
            sql += " (\(key.operatorClassOptions.map(relationOptionSQL).joined(separator: ", ")))"
        }
    }
    if key.descending { sql += " DESC" }
    if let nullsFirst = key.nullsFirst { sql += nullsFirst ? " NULLS FIRST" : " NULLS LAST" }
    return sql
}
