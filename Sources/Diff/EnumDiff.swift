import Catalog

extension Differ {
    mutating func diffEnums() {
        for type in sortedValues(to.enums) {
            let id = ObjectID.type(type.name)
            guard let old = from.enums[type.name.key] else {
                add(.createEnum(type), provides: [id], requires: [ObjectID.schema(type.name.schema)])
                diffComment(.type(type.name), old: nil, new: type.comment, object: id)
                continue
            }
            if recreatedTypeIDs.contains(id) {
                recreateEnum(type, old: old)
                diffComment(.type(type.name), old: nil, new: type.comment, object: id)
                continue
            }
            if old.labels != type.labels { addEnumValues(type, existing: old.labels) }
            diffComment(.type(type.name), old: old.comment, new: type.comment, object: id)
        }
        for type in sortedValues(from.enums) where to.enums[type.name.key] == nil {
            add(
                .dropType(type.name), removes: [ObjectID.type(type.name)],
                releases: [ObjectID.schema(type.name.schema)])
        }
    }

    /// New labels, each placed after its predecessor in the new order (or before the first existing label).
    private mutating func addEnumValues(_ type: EnumType, existing: [String]) {
        let present = Set(existing)
        for (position, label) in type.labels.enumerated() where !present.contains(label) {
            let where_: EnumValuePosition
            var requires: [String] = []
            if position > 0 {
                let previous = type.labels[position - 1]
                where_ = .after(previous)
                requires.append(enumLabelToken(type.name, previous))
            } else {
                where_ = existing.first.map { .before($0) } ?? .end
            }
            add(
                .addEnumValue(type: type.name, label: label, position: where_),
                provides: [enumLabelToken(type.name, label), ObjectID.type(type.name)], requires: requires)
        }
    }

    /// Removing or reordering labels: the type is recreated (see `recreateTypeInUse`), values cast through text.
    private mutating func recreateEnum(_ type: EnumType, old: EnumType) {
        recreateTypeInUse(
            type.name, create: .createEnum(type), requires: [ObjectID.schema(type.name.schema)], using: castThroughText)
    }

    private func enumLabelToken(_ type: QualifiedName, _ label: String) -> String {
        "step:enum-label:" + type.key + ":" + label
    }
}

/// True when every element of `small` appears in `large` in the same relative order.
func isOrderedSubsequence(_ small: [String], of large: [String]) -> Bool {
    var iterator = large.makeIterator()
    return small.allSatisfy { wanted in
        while let next = iterator.next() { if next == wanted { return true } }
        return false
    }
}
