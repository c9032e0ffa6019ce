import Catalog
import SQLSyntax

extension Differ {
    /// Replaces a type that Postgres cannot alter in place (enum labels removed or reordered, a domain's base type
    /// or collation changed, composite attributes reordered) while table columns use it, keeping their values:
    /// rename the old type away, create the new one, move every column of a kept table over with
    /// `ALTER COLUMN … TYPE new USING <using(column)>` (defaults dropped before and set again after, here rather than
    /// by `ColumnDiff`; views reading the column recreated; an inherited column moves with its parent's), then drop
    /// the old type.
    ///
    /// Domains and composite types built on the type are recreated the same way (`planRecreations` marks them), and
    /// their old versions dropped first: `oldUses` are the types the old definition uses. Functions whose signature
    /// or SQL-standard body uses the type are dropped before the rename and created again after (`FunctionDiff`).
    /// Returns the ordering tokens of the column moves.
    @discardableResult
    mutating func recreateTypeInUse(
        _ name: QualifiedName, create: Change, requires createRequires: [String], oldUses: [String] = [],
        using: (Column) -> String
    ) -> [String] {
        let id = ObjectID.type(name)
        let renamed = unusedTypeName(name, suffix: "__old")
        let renamedID = ObjectID.type(renamed)
        add(.renameType(name, to: renamed.name), provides: [renamedID], removes: [id])
        add(create, provides: [id], requires: createRequires)
        var moved: [String] = []
        for table in sortedValues(to.tables) {
            guard let oldTable = from.tables[table.name.key], table.partitionOf == nil,
                !recreatedTables.contains(table.name.key)
            else { continue }
            for column in table.columns {
                guard let oldColumn = oldTable.column(column.name),
                    newReferences.typeIDs(column.type, schema: table.name.schema).contains(id)
                else { continue }
                let columnID = ObjectID.column(table.name, column.name)
                let inheritedFrom = ancestorColumns(column.name, of: oldTable)
                let dropped = "step:default-dropped:" + columnID
                if let oldDefault = oldColumn.defaultExpression, oldColumn.generatedExpression == nil {
                    add(
                        .dropDefault(table.name, column: column.name),
                        provides: [dropped] + inheritedFrom.map { "step:default-dropped:" + $0 },
                        releases: oldReferences.ids(in: oldDefault, schema: table.name.schema, except: table.name))
                }
                if inheritedFrom.isEmpty {
                    add(
                        .alterColumnType(
                            table.name, column: column.name, type: column.type, collation: column.collation,
                            using: using(column)),
                        provides: [columnID, "step:moved:" + columnID], requires: [id, dropped], removes: [columnID])
                    moved.append("step:moved:" + columnID)
                }
                if let expression = column.defaultExpression, column.generatedExpression == nil {
                    let afterParents = inheritedFrom.flatMap { ["step:moved:" + $0, "step:default-set:" + $0] }
                    add(
                        .setDefault(table.name, column: column.name, expression: expression),
                        provides: ["step:default-set:" + columnID],
                        requires: [columnID] + afterParents + columnRequirements(column, table: table.name))
                }
                retypedColumns.insert(columnID)
                dirtyColumns.insert(columnID)
            }
        }
        add(
            .dropReplacedType(renamed), requires: moved + [renamedID], removes: [replacedToken(id)],
            releases: oldUses.filter { $0.hasPrefix("type:") }.map(replacedToken))
        return moved
    }

    /// `ObjectID.column` of the same column in the table's ancestors (`INHERITS`, transitively): an inherited column
    /// cannot be retyped on its own, the ancestor's `ALTER COLUMN … TYPE` recurses to it, and its own default must
    /// be gone before and set again after the ancestor's, which also recurses.
    private func ancestorColumns(_ column: String, of table: Table) -> [String] {
        var result: [String] = []
        var pending = table.inheritsFrom
        var seen: Set<String> = []
        while let parent = pending.popLast() {
            guard seen.insert(parent.key).inserted, let parentTable = from.tables[parent.key],
                parentTable.column(column) != nil
            else { continue }
            result.append(ObjectID.column(parent, column))
            pending += parentTable.inheritsFrom
        }
        return result
    }

    /// Removed by the drop of a recreated type's old version (`typeID` is its `ObjectID.type`); released by the drops
    /// of the old versions of the types built on it, which must go first.
    private func replacedToken(_ typeID: String) -> String { "step:replaced-" + typeID }

    /// `name` with `suffix` (and as many `_` as needed) that no type of either catalog has: the name a recreated
    /// type's old version is renamed to, or of a helper type.
    func unusedTypeName(_ name: QualifiedName, suffix: String) -> QualifiedName {
        var candidate = QualifiedName(name.schema, name.name + suffix)
        while typeExists(candidate) { candidate = QualifiedName(name.schema, candidate.name + "_") }
        return candidate
    }

    /// True when either catalog has an enum, domain or composite type of this name.
    private func typeExists(_ name: QualifiedName) -> Bool {
        for catalog in [from, to] {
            if catalog.enums[name.key] != nil || catalog.domains[name.key] != nil
                || catalog.compositeTypes[name.key] != nil
            {
                return true
            }
        }
        return false
    }
}

/// `USING col::text::type` (`::text[]` for arrays): the I/O conversion that moves a value between an old and a new
/// version of a type whose text form is the same (enum labels, domain values).
func castThroughText(_ column: Column) -> String {
    let arrays = String(repeating: "[]", count: column.type.components(separatedBy: "[]").count - 1)
    return quoteIdentifier(column.name) + "::text" + arrays + "::" + column.type
}
