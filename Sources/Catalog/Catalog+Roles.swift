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
    public func withoutOwners() -> Catalog { keepingOwners(declaredIn: Catalog()) }

    /// The same catalog keeping an object's `owner` only where `declared` names an owner for the object (for a
    /// function: for any overload of its name), for comparing with a desired schema that manages only some owners.
    public func keepingOwners(declaredIn declared: Catalog) -> Catalog {
        var catalog = self
        func clear<Object>(
            _ objects: inout [String: Object], unlessIn declaredObjects: [String: Object],
            _ owner: WritableKeyPath<Object, String?>
        ) {
            for key in objects.keys where declaredObjects[key]?[keyPath: owner] == nil {
                objects[key]![keyPath: owner] = nil
            }
        }
        clear(&catalog.schemas, unlessIn: declared.schemas, \.owner)
        clear(&catalog.enums, unlessIn: declared.enums, \.owner)
        clear(&catalog.domains, unlessIn: declared.domains, \.owner)
        clear(&catalog.compositeTypes, unlessIn: declared.compositeTypes, \.owner)
        clear(&catalog.sequences, unlessIn: declared.sequences, \.owner)
        clear(&catalog.tables, unlessIn: declared.tables, \.owner)
        clear(&catalog.views, unlessIn: declared.views, \.owner)
        clear(&catalog.eventTriggers, unlessIn: declared.eventTriggers, \.owner)
        clear(&catalog.publications, unlessIn: declared.publications, \.owner)
        let ownedFunctionNames = Set(declared.functions.values.filter { $0.owner != nil }.map(\.name))
        for (key, function) in catalog.functions where !ownedFunctionNames.contains(function.name) {
            catalog.functions[key]!.owner = nil
        }
        return catalog
    }
}
