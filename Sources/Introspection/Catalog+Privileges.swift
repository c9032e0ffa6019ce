import Catalog

extension Catalog {
    /// Sets the owner and privileges a `PrivilegesQuery` row reports on the object it names (ignored when the
    /// catalog does not hold that object, e.g. an identity sequence).
    mutating func apply(_ row: PrivilegesQuery.Row) {
        let key = row.name.key
        switch row.kind {
        case .schema:
            schemas[row.name.name]?.owner = row.owner
            schemas[row.name.name]?.privileges = row.privileges
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
            sequences[key]?.owner = row.owner
            sequences[key]?.privileges = row.privileges
        case .function:
            let functionKey = Function.key(row.name, identityArguments: row.arguments ?? "")
            functions[functionKey]?.owner = row.owner
            functions[functionKey]?.privileges = row.privileges
        case .type:
            if enums[key] != nil {
                enums[key]!.owner = row.owner
                enums[key]!.privileges = row.privileges
            } else if domains[key] != nil {
                domains[key]!.owner = row.owner
                domains[key]!.privileges = row.privileges
            } else {
                compositeTypes[key]?.owner = row.owner
                compositeTypes[key]?.privileges = row.privileges
            }
        }
    }
}

extension Privileges {
    /// Adds another set of entries (a column's to its table's).
    mutating func merge(_ other: Privileges) {
        self = Privileges(granted: granted + other.granted, revoked: revoked + other.revoked)
    }
}
