import Foundation
import SQLSyntax
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
            if old.labels != type.labels {
                if isOrderedSubsequence(old.labels, of: type.labels) {
                    addEnumValues(type, existing: old.labels)
                } else {
                    recreateEnum(type, old: old)
                    diffComment(.type(type.name), old: nil, new: type.comment, object: id)
                    continue
                }
            }
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

    /// Removing or reordering labels: rename the old type away, create the new one, move every column over with
    /// `USING col::text::new`, then drop the old type. Column defaults are dropped before and set again after.
    private mutating func recreateEnum(_ type: EnumType, old: EnumType) {
        let id = ObjectID.type(type.name)
        var oldName = type.name.name + "__old"
        while from.enums[QualifiedName(type.name.schema, oldName).key] != nil
            || to.enums[QualifiedName(type.name.schema, oldName).key] != nil
        {
            oldName += "_"
        }
        let renamed = QualifiedName(type.name.schema, oldName)
        let renamedID = ObjectID.type(renamed)
        add(.renameType(type.name, to: oldName), provides: [renamedID], removes: [id])
        add(.createEnum(type), provides: [id], requires: [ObjectID.schema(type.name.schema)])
        var moved: [String] = []
        for table in sortedValues(to.tables) {
            guard let oldTable = from.tables[table.name.key], table.partitionOf == nil else { continue }
            for column in table.columns {
                guard let oldColumn = oldTable.column(column.name),
                    newReferences.typeIDs(column.type, schema: table.name.schema).contains(id)
                else { continue }
                let columnID = ObjectID.column(table.name, column.name)
                let dropped = "step:default-dropped:" + columnID
                var requires = [id]
                if oldColumn.defaultExpression != nil {
                    add(.dropDefault(table.name, column: column.name), provides: [dropped])
                    requires.append(dropped)
                }
                let arrays = String(repeating: "[]", count: column.type.components(separatedBy: "[]").count - 1)
                let using = quoteIdentifier(column.name) + "::text" + arrays + "::" + column.type
                add(
                    .alterColumnType(
                        table.name, column: column.name, type: column.type, collation: column.collation, using: using),
                    provides: [columnID, "step:moved:" + columnID], requires: requires, removes: [columnID])
                moved.append("step:moved:" + columnID)
                if let expression = column.defaultExpression {
                    add(.setDefault(table.name, column: column.name, expression: expression), requires: [columnID])
                }
                retypedColumns.insert(columnID)
                dirtyColumns.insert(columnID)
            }
        }
        add(.dropType(renamed), requires: moved + [renamedID])
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
