/// A change with what it needs and what it affects, as the planner sees it.
///
/// Object identities are plain strings built by `ObjectID` (`rel:app.users`, `col:app.users.email`, …) plus ordering
/// tokens some differs add (`step:…`). Three rules make the edges:
/// a change that `provides` X runs before every change that `requires` X; a change that `releases` X (needs the old
/// X, or stops using it) runs before every change that `removes` X; a change that `removes` X runs before every change
/// that `provides` X again (drop before re-create, rename away before create).
struct PlanItem {
    var change: Change
    var provides: [String] = []
    var requires: [String] = []
    var removes: [String] = []
    var releases: [String] = []
}

/// Orders changes by their dependencies; ties (and cycles, which it breaks at the earliest item) fall back to the
/// stable order of `phase`, then the order the differs emitted them in (which walks objects sorted by key), so the
/// same inputs always give the same plan.
enum Planner {
    static func order(_ items: [PlanItem]) -> [Change] {
        var providers: [String: [Int]] = [:]
        var removers: [String: [Int]] = [:]
        for (index, item) in items.enumerated() {
            for id in item.provides { providers[id, default: []].append(index) }
            for id in item.removes { removers[id, default: []].append(index) }
        }
        var successors = Array(repeating: [Int](), count: items.count)
        var inDegree = Array(repeating: 0, count: items.count)
        func edge(_ from: Int, _ to: Int) {
            guard from != to else { return }
            successors[from].append(to)
            inDegree[to] += 1
        }
        for (index, item) in items.enumerated() {
            for id in item.requires { for provider in providers[id] ?? [] { edge(provider, index) } }
            for id in item.releases { for remover in removers[id] ?? [] { edge(index, remover) } }
            for id in item.provides { for remover in removers[id] ?? [] { edge(remover, index) } }
        }
        let keys = items.enumerated().map { index, item in
            SortKey(phase: phase(of: item.change), index: index)
        }
        var ready = Heap(keys: keys)
        for index in items.indices where inDegree[index] == 0 { ready.push(index) }
        var done = Array(repeating: false, count: items.count)
        var result: [Change] = []
        result.reserveCapacity(items.count)
        while result.count < items.count {
            let next: Int
            if let popped = ready.pop() {
                next = popped
            } else {
                next = items.indices.filter { !done[$0] }.min { keys[$0] < keys[$1] }!
            }
            if done[next] { continue }
            done[next] = true
            result.append(items[next].change)
            for successor in successors[next] where !done[successor] {
                inDegree[successor] -= 1
                if inDegree[successor] == 0 { ready.push(successor) }
            }
        }
        return result
    }

    /// The stable tie-break order: renames from hints (the rest of the plan uses the new names), drops (most
    /// dependent first), then creates and alterations in the order a CREATE script is written.
    static func phase(of change: Change) -> Int {
        switch change {
        case .dropPolicy: return 10
        case .dropTrigger: return 11
        case .dropView: return 12
        case .dropIndex: return 13
        case .dropConstraint: return 14
        case .detachPartition: return 15
        case .dropColumn: return 16
        case .dropTable: return 17
        case .dropSequence: return 18
        case .dropFunction: return 19
        case .dropDomain, .dropDomainCheck, .dropAttribute: return 20
        case .dropType, .dropReplacedType: return 21
        case .dropExtension: return 22
        case .dropSchema: return 23
        case .renameSchema: return 1
        case .renameTable: return 2
        case .renameColumn, .renameConstraint, .renameIndex, .renameEnumValue: return 3
        case .renameType: return 30
        case .createSchema: return 40
        case .createExtension, .updateExtension: return 41
        case .createEnum, .addEnumValue: return 42
        case .createDomain, .setDomainDefault, .setDomainNotNull, .addDomainCheck, .validateDomainCheck: return 43
        case .createCompositeType, .addAttribute, .alterAttributeType: return 43
        case .createSequence, .alterSequence: return 44
        case .createFunction, .setFunctionSetting, .resetFunctionSetting: return 45
        case .createTable: return 46
        case .addColumn, .setUnlogged: return 47
        case .dropGeneratedExpression, .dropDefault, .dropIdentity, .dropNotNull, .alterColumnType: return 48
        case .setNotNull, .setDefault, .addIdentity, .alterIdentity: return 49
        case .attachPartition: return 50
        case .setSequenceOwner: return 51
        case .addConstraint(_, let constraint, _):
            if case .foreignKey = constraint.kind { return 53 }
            return 52
        case .validateConstraint: return 54
        case .createIndex: return 55
        case .createView: return 56
        case .createTrigger, .setTriggerEnabled: return 57
        case .setRowLevelSecurity, .setForceRowLevelSecurity: return 58
        case .createPolicy, .alterPolicy: return 59
        case .setComment: return 60
        // Publications and event triggers leave first and come last (event triggers then miss the plan's own DDL).
        case .dropEventTrigger, .dropPublication, .dropPublicationTable, .dropPublicationSchema: return 9
        case .dropExtensionToMove: return 22
        case .setExtensionSchema: return 41
        case .createPublication, .addPublicationTable, .addPublicationSchema, .setPublicationOptions: return 61
        case .createEventTrigger, .setEventTriggerEnabled: return 62
        case .setInherit(_, _, let inherits): return inherits ? 50 : 15
        case .setRelationOptions, .resetRelationOptions: return 47
        case .setColumnStorage, .setColumnStatistics: return 49
        case .setReplicaIdentity: return 55
        case .refreshMaterializedView: return 56
        case .setTableSchema: return 2
        case .convertColumnType: return 48
        case .dropColumnLosingValues: return 16

        case .setOwner: return 61
        case .revoke, .grant: return 62
        case .alterDefaultPrivileges: return 63
        }
    }
}

struct SortKey: Comparable {
    var phase: Int
    var index: Int

    static func < (lhs: SortKey, rhs: SortKey) -> Bool { (lhs.phase, lhs.index) < (rhs.phase, rhs.index) }
}

/// A binary min-heap of item indexes ordered by their `SortKey`.
struct Heap {
    let keys: [SortKey]
    private var storage: [Int] = []

    init(keys: [SortKey]) { self.keys = keys }

    mutating func push(_ value: Int) {
        storage.append(value)
        var child = storage.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard keys[storage[child]] < keys[storage[parent]] else { break }
            storage.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> Int? {
        guard let first = storage.first else { return nil }
        storage[0] = storage[storage.count - 1]
        storage.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var smallest = parent
            if left < storage.count && keys[storage[left]] < keys[storage[smallest]] { smallest = left }
            if right < storage.count && keys[storage[right]] < keys[storage[smallest]] { smallest = right }
            if smallest == parent { break }
            storage.swapAt(parent, smallest)
            parent = smallest
        }
        return first
    }
}
