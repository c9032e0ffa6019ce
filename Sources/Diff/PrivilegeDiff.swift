import Catalog

extension Differ {
    /// `GRANT`/`REVOKE` for every object of the new catalog whose privileges differ from the old one's; an object the
    /// plan creates (new, or dropped and created again) starts from the default ACL, so its grants are re-applied,
    /// and what the old catalog's `ALTER DEFAULT PRIVILEGES` gave it on creation is undone where the new catalog
    /// does not have it. Then `ALTER DEFAULT PRIVILEGES`, which the planner puts last so that objects the plan
    /// creates do not pick up the new ones.
    mutating func diffPrivileges() {
        let created = createdObjects()
        /// One object: from its old privileges (the default when the plan creates it) to its new ones, keeping
        /// only column entries on `columns`; a created object then loses what default privileges gave it.
        func diffObject(
            _ target: PrivilegeTarget, id: String, kind: DefaultPrivileges.ObjectType, schema: String?,
            old previous: Privileges?, new: Privileges, columns: Set<String>? = nil
        ) {
            let isCreated = created.contains(id)
            var old = isCreated ? Privileges() : previous ?? Privileges()
            if let columns, case .table(let relation) = target {
                old = keptColumns(old, relation, columns, created)
            }
            grantChanges(target, old: old, new: new, object: id)
            if isCreated {
                grantChanges(
                    target, old: pickedUpOnCreation(kind, schema: schema, keeping: new), new: Privileges(), object: id)
            }
        }
        for schema in sortedValues(to.schemas) {
            diffObject(
                .schema(schema.name), id: ObjectID.schema(schema.name), kind: .schemas, schema: nil,
                old: from.schemas[schema.name]?.privileges, new: schema.privileges)
        }
        for type in sortedValues(to.enums) {
            diffObject(
                .type(type.name), id: ObjectID.type(type.name), kind: .types, schema: type.name.schema,
                old: from.enums[type.name.key]?.privileges, new: type.privileges)
        }
        for type in sortedValues(to.compositeTypes) {
            diffObject(
                .type(type.name), id: ObjectID.type(type.name), kind: .types, schema: type.name.schema,
                old: from.compositeTypes[type.name.key]?.privileges, new: type.privileges)
        }
        for domain in sortedValues(to.domains) {
            diffObject(
                .domain(domain.name), id: ObjectID.type(domain.name), kind: .types, schema: domain.name.schema,
                old: from.domains[domain.name.key]?.privileges, new: domain.privileges)
        }
        for sequence in sortedValues(to.sequences) {
            diffObject(
                .sequence(sequence.name), id: ObjectID.relation(sequence.name), kind: .sequences,
                schema: sequence.name.schema, old: from.sequences[sequence.name.key]?.privileges,
                new: sequence.privileges)
        }
        for function in sortedValues(to.functions) {
            diffObject(
                .function(FunctionSignature(function)), id: ObjectID.function(function.key), kind: .functions,
                schema: function.name.schema, old: from.functions[function.key]?.privileges, new: function.privileges)
        }
        for table in sortedValues(to.tables) {
            diffObject(
                .table(table.name), id: ObjectID.relation(table.name), kind: .tables, schema: table.name.schema,
                old: from.tables[table.name.key]?.privileges, new: table.privileges,
                columns: Set(table.columns.map(\.name)))
        }
        for view in sortedValues(to.views) {
            diffObject(
                .table(view.name), id: ObjectID.relation(view.name), kind: .tables, schema: view.name.schema,
                old: from.views[view.name.key]?.privileges, new: view.privileges, columns: Set(view.columns))
        }
        let keys = Set(from.defaultPrivileges.keys).union(to.defaultPrivileges.keys).sorted()
        for key in keys {
            guard let entry = to.defaultPrivileges[key] ?? from.defaultPrivileges[key] else { continue }
            let requires = entry.schema.map { [ObjectID.schema($0)] } ?? []
            for (statement, isGrant) in statements(
                old: from.defaultPrivileges[key]?.privileges ?? Privileges(),
                new: to.defaultPrivileges[key]?.privileges ?? Privileges())
            {
                add(
                    .alterDefaultPrivileges(
                        role: entry.role, schema: entry.schema, entry.objectType, isGrant: isGrant, statement),
                    requires: requires)
            }
        }
    }

    /// Plans the statements turning `old` into `new` on `target`, after `object` exists (and after the columns
    /// named by column grants).
    private mutating func grantChanges(_ target: PrivilegeTarget, old: Privileges, new: Privileges, object: String) {
        guard old != new else { return }
        for (statement, isGrant) in statements(old: old, new: new) {
            var requires = [object]
            if case .table(let name) = target {
                requires += statement.columns.map { ObjectID.column(name, $0) }
            }
            add(isGrant ? .grant(target, statement) : .revoke(target, statement), requires: requires)
        }
    }

    /// What an object of `kind` created in `schema` picks up from the old catalog's default privileges (those of
    /// any role, since the diff does not know who runs the plan) and `new` does not have, as privileges whose
    /// removal (`REVOKE` of the grants it picked up, `GRANT` back of the defaults they revoked) undoes it. Undoing
    /// what a role other than the one running the plan would have given is a harmless no-op.
    private func pickedUpOnCreation(
        _ kind: DefaultPrivileges.ObjectType, schema: String?, keeping new: Privileges
    ) -> Privileges {
        var granted: Set<PrivilegeGrant> = []
        var revoked: Set<PrivilegeGrant> = []
        for entry in from.defaultPrivileges.values where entry.objectType == kind {
            guard entry.schema == nil || entry.schema == schema else { continue }
            granted.formUnion(entry.privileges.granted)
            revoked.formUnion(entry.privileges.revoked)
        }
        let newGrantees = Set(new.granted.map { "\($0.grantee)\u{0}\($0.privilege)" })
        return Privileges(
            granted: granted.filter { !newGrantees.contains("\($0.grantee)\u{0}\($0.privilege)") },
            revoked: revoked.subtracting(new.revoked).sorted())
    }

    /// `old` without entries on columns the new relation no longer has or that the plan adds afresh.
    private func keptColumns(
        _ old: Privileges, _ relation: QualifiedName, _ columns: Set<String>, _ created: Set<String>
    ) -> Privileges {
        func kept(_ grant: PrivilegeGrant) -> Bool {
            guard let column = grant.column else { return true }
            return columns.contains(column) && !created.contains(ObjectID.column(relation, column))
        }
        return Privileges(granted: old.granted.filter(kept), revoked: old.revoked.filter(kept))
    }

    /// Objects (`ObjectID`s) and columns the plan creates, so whose privileges start from the default.
    func createdObjects() -> Set<String> {
        var ids: Set<String> = []
        for item in items {
            switch item.change {
            case .createSchema(let schema): ids.insert(ObjectID.schema(schema.name))
            case .createEnum(let type): ids.insert(ObjectID.type(type.name))
            case .createDomain(let domain): ids.insert(ObjectID.type(domain.name))
            case .createCompositeType(let type): ids.insert(ObjectID.type(type.name))
            case .createSequence(let sequence): ids.insert(ObjectID.relation(sequence.name))
            case .createTable(let table): ids.insert(ObjectID.relation(table.name))
            case .createEventTrigger(let trigger): ids.insert(ObjectID.eventTrigger(trigger.name))
            case .createPublication(let publication): ids.insert(ObjectID.publication(publication.name))
            case .createView(let view, replacing: false): ids.insert(ObjectID.relation(view.name))
            case .createFunction(let function, replacing: false): ids.insert(ObjectID.function(function.key))
            case .addColumn(let table, let column): ids.insert(ObjectID.column(table, column.name))
            default: break
            }
        }
        return ids
    }
}

/// The `GRANT` (true) and `REVOKE` (false) statements that turn privileges `old` into `new`, revokes first.
///
/// Both are relative to the same default, so each entry's level (none, granted, granted with grant option) is read
/// from `granted`, else from the default (which `revoked` of either side shows), minus `revoked`. Table privileges
/// are grouped per grantee; column privileges per grantee and privilege.
func statements(old: Privileges, new: Privileges) -> [(PrivilegeStatement, Bool)] {
    func levels(_ privileges: Privileges) -> (granted: [PrivilegeSlot: Int], revoked: Set<PrivilegeSlot>) {
        var granted: [PrivilegeSlot: Int] = [:]
        for grant in privileges.granted { granted[grant.slot] = max(granted[grant.slot] ?? 0, grant.withGrantOption ? 2 : 1) }
        return (granted, Set(privileges.revoked.map(\.slot)))
    }
    var defaults: [PrivilegeSlot: Int] = [:]
    for grant in old.revoked + new.revoked {
        defaults[grant.slot] = max(defaults[grant.slot] ?? 0, grant.withGrantOption ? 2 : 1)
    }
    let oldLevels = levels(old)
    let newLevels = levels(new)
    func level(_ slot: PrivilegeSlot, _ side: (granted: [PrivilegeSlot: Int], revoked: Set<PrivilegeSlot>)) -> Int {
        side.granted[slot] ?? (side.revoked.contains(slot) ? 0 : defaults[slot] ?? 0)
    }
    /// What happens to a slot: revoke all, revoke the grant option, grant, grant with grant option.
    enum Action: Int, Comparable {
        case revoke, revokeGrantOption, grant, grantWithGrantOption
        static func < (lhs: Action, rhs: Action) -> Bool { lhs.rawValue < rhs.rawValue }
    }
    var actions: [PrivilegeSlot: Action] = [:]
    let slots = Set((old.granted + old.revoked + new.granted + new.revoked).map(\.slot))
    for slot in slots {
        let before = level(slot, oldLevels)
        let after = level(slot, newLevels)
        guard before != after else { continue }
        switch after {
        case 0: actions[slot] = .revoke
        case 1: actions[slot] = before == 2 ? .revokeGrantOption : .grant
        default: actions[slot] = .grantWithGrantOption
        }
    }
    struct Group: Hashable, Comparable {
        var action: Action
        var grantee: String
        var column: Bool
        var privilege: Privilege?
        static func < (lhs: Group, rhs: Group) -> Bool {
            (lhs.action, lhs.column ? 1 : 0, lhs.grantee, lhs.privilege?.rawValue ?? "")
                < (rhs.action, rhs.column ? 1 : 0, rhs.grantee, rhs.privilege?.rawValue ?? "")
        }
    }
    var groups: [Group: [PrivilegeSlot]] = [:]
    for (slot, action) in actions {
        let group = Group(
            action: action, grantee: slot.grantee, column: slot.column != nil,
            privilege: slot.column == nil ? nil : slot.privilege)
        groups[group, default: []].append(slot)
    }
    return groups.keys.sorted().map { group in
        let slots = groups[group]!
        let statement = PrivilegeStatement(
            privileges: group.privilege.map { [$0] } ?? slots.map(\.privilege).sorted(),
            columns: slots.compactMap(\.column).sorted(), grantee: group.grantee,
            grantOption: group.action == .revokeGrantOption || group.action == .grantWithGrantOption)
        return (statement, group.action == .grant || group.action == .grantWithGrantOption)
    }
}
