extension Catalog {
    /// Every role the catalog names: owners, grantees, default-privilege roles and policy roles (not `PUBLIC` and
    /// not the pseudo-roles `public`, `current_user`, `session_user`, `current_role` that policies may name).
    ///
    /// Roles are cluster objects the tool does not create; applying a catalog needs them all to exist.
    public var referencedRoles: Set<String> {
        var roles: Set<String> = []
        func note(_ owner: String?, _ privileges: Privileges) {
            if let owner { roles.insert(owner) }
            roles.formUnion(privileges.roles)
        }
        for object in schemas.values { note(object.owner, object.privileges) }
        for object in enums.values { note(object.owner, object.privileges) }
        for object in domains.values { note(object.owner, object.privileges) }
        for object in compositeTypes.values { note(object.owner, object.privileges) }
        for object in sequences.values { note(object.owner, object.privileges) }
        for object in views.values { note(object.owner, object.privileges) }
        for object in functions.values { note(object.owner, object.privileges) }
        for table in tables.values {
            note(table.owner, table.privileges)
            for policy in table.policies.values { roles.formUnion(policy.roles) }
        }
        for trigger in eventTriggers.values { if let owner = trigger.owner { roles.insert(owner) } }
        for publication in publications.values { if let owner = publication.owner { roles.insert(owner) } }
        for entry in defaultPrivileges.values {
            roles.insert(entry.role)
            roles.formUnion(entry.privileges.roles)
        }
        return roles.subtracting(["public", "current_user", "session_user", "current_role"])
    }

    /// The same catalog with every `owner` set to `nil`, for comparisons that leave ownership out.
    public func withoutOwners() -> Catalog {
        var catalog = self
        for key in catalog.schemas.keys { catalog.schemas[key]!.owner = nil }
        for key in catalog.enums.keys { catalog.enums[key]!.owner = nil }
        for key in catalog.domains.keys { catalog.domains[key]!.owner = nil }
        for key in catalog.compositeTypes.keys { catalog.compositeTypes[key]!.owner = nil }
        for key in catalog.sequences.keys { catalog.sequences[key]!.owner = nil }
        for key in catalog.tables.keys { catalog.tables[key]!.owner = nil }
        for key in catalog.views.keys { catalog.views[key]!.owner = nil }
        for key in catalog.functions.keys { catalog.functions[key]!.owner = nil }
        for key in catalog.eventTriggers.keys { catalog.eventTriggers[key]!.owner = nil }
        for key in catalog.publications.keys { catalog.publications[key]!.owner = nil }
        return catalog
    }
}
