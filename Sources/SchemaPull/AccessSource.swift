import Catalog

/// Grants, revokes and default privileges as DSL modifiers and declarations. Owners are not pulled: they are
/// compared only with `--owners`, and a pulled schema should not pin them by default.
extension SchemaSourceRenderer {
    /// `.grant(…)` and `.revoke(…)` modifiers for `privileges`; a revoke the DSL cannot declare (anything but a
    /// default privilege of `PUBLIC`) becomes a note.
    mutating func accessModifiers(_ privileges: Privileges, object: String) -> (modifiers: [String], notes: [String]) {
        var modifiers: [String] = []
        struct Key: Hashable, Comparable {
            var grantee: String
            var option: Bool
            var privilege: String
            static func < (lhs: Key, rhs: Key) -> Bool {
                (lhs.grantee, lhs.option ? 1 : 0, lhs.privilege) < (rhs.grantee, rhs.option ? 1 : 0, rhs.privilege)
            }
        }
        var tableKeys: [Key: [Privilege]] = [:]
        var columnKeys: [Key: [String]] = [:]
        for grant in privileges.granted {
            if let column = grant.column {
                columnKeys[Key(grantee: grant.grantee, option: grant.withGrantOption, privilege: grant.privilege.rawValue), default: []]
                    .append(column)
            } else {
                tableKeys[Key(grantee: grant.grantee, option: grant.withGrantOption, privilege: ""), default: []]
                    .append(grant.privilege)
            }
        }
        for key in tableKeys.keys.sorted() {
            let list = tableKeys[key]!.sorted().map { "." + $0.rawValue.lowercased() }.joined(separator: ", ")
            modifiers.append(".grant(\(list), to: \(Self.string(key.grantee))\(key.option ? ", withGrantOption: true" : ""))")
        }
        for key in columnKeys.keys.sorted() {
            let columns = columnKeys[key]!.sorted().map(Self.string).joined(separator: ", ")
            modifiers.append(
                ".grant(.\(key.privilege.lowercased()), columns: [\(columns)], to: \(Self.string(key.grantee))"
                    + "\(key.option ? ", withGrantOption: true" : ""))")
        }
        var notes: [String] = []
        for revoke in privileges.revoked {
            if revoke.grantee == PrivilegeGrant.everyone {
                modifiers.append(".revoke(.\(revoke.privilege.rawValue.lowercased()), from: \"PUBLIC\")")
            } else {
                notes.append(cannotExpress(object, "REVOKE \(revoke.privilege.rawValue) from \(revoke.grantee) (the owner)"))
            }
        }
        return (modifiers, notes)
    }

    /// `DefaultPrivileges(…)` declarations of entries in `schema` (`nil`: the entries for every schema).
    mutating func defaultPrivileges(inSchema schema: String?) -> [String] {
        let entries = catalog.defaultPrivileges.values.filter { $0.schema == schema }.sorted { $0.key < $1.key }
        return entries.flatMap { entry -> [String] in
            var head = "DefaultPrivileges(for: \(Self.string(entry.role))"
            if let schema = entry.schema { head += ", in: \(Self.string(schema))" }
            head += ", on: .\(entry.objectType.rawValue.lowercased()))"
            let access = accessModifiers(entry.privileges, object: "default privileges for \(entry.role)")
            return access.notes + Self.chain([head], access.modifiers)
        }
    }

    /// Roles named by grants and default privileges (not `PUBLIC`).
    var accessRoles: Set<String> {
        var roles: Set<String> = []
        for schema in catalog.schemas.values where schema.name != "public" { roles.formUnion(schema.privileges.roles) }
        for value in catalog.enums.values { roles.formUnion(value.privileges.roles) }
        for value in catalog.domains.values { roles.formUnion(value.privileges.roles) }
        for value in catalog.compositeTypes.values { roles.formUnion(value.privileges.roles) }
        for value in catalog.sequences.values { roles.formUnion(value.privileges.roles) }
        for value in catalog.tables.values { roles.formUnion(value.privileges.roles) }
        for value in catalog.views.values { roles.formUnion(value.privileges.roles) }
        for value in catalog.functions.values { roles.formUnion(value.privileges.roles) }
        for entry in catalog.defaultPrivileges.values {
            roles.insert(entry.role)
            roles.formUnion(entry.privileges.roles)
        }
        return roles
    }
}
