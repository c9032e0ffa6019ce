import Catalog

extension Catalog {
    /// Sets the owner and privileges a `PrivilegesQuery` row reports on the object it names (ignored when the
    /// catalog does not hold that object, e.g. an identity sequence).
    mutating func apply(_ row: PrivilegesQuery.Row) {
        let key = row.name.key
        switch row.kind {
        case .schema:
            schemas.setAccess(owner: row.owner, privileges: row.privileges, at: row.name.name)
        case .relation:
            // In place through `values[index]`: testing `tables[key] != nil` would copy the whole table.
            if let table = tables.index(forKey: key) {
                tables.values[table].owner = row.owner
                tables.values[table].privileges.merge(row.privileges)
            } else if let view = views.index(forKey: key) {
                views.values[view].owner = row.owner
                views.values[view].privileges.merge(row.privileges)
            }
        case .column:
            if let table = tables.index(forKey: key) {
                tables.values[table].privileges.merge(row.privileges)
            } else {
                views[key]?.privileges.merge(row.privileges)
            }
        case .sequence:
            sequences.setAccess(owner: row.owner, privileges: row.privileges, at: key)
        case .function:
            let functionKey = Function.key(row.name, identityArguments: row.arguments ?? "")
            functions.setAccess(owner: row.owner, privileges: row.privileges, at: functionKey)
        case .type:
            _ = enums.setAccess(owner: row.owner, privileges: row.privileges, at: key)
                || domains.setAccess(owner: row.owner, privileges: row.privileges, at: key)
                || compositeTypes.setAccess(owner: row.owner, privileges: row.privileges, at: key)
        }
    }
}

extension Privileges {
    /// Adds another set of entries (a column's to its table's).
    mutating func merge(_ other: Privileges) {
        self = Privileges(granted: granted + other.granted, revoked: revoked + other.revoked)
    }
}
