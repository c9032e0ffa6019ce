import Catalog
import SQLSyntax

extension Differ {
    /// Recreates a composite type in use (see `recreateTypeInUse`): a column of it becomes a `ROW` of the old
    /// value's fields in the new order (see `rebuiltComposite`). An array of it goes through its text form when the
    /// attributes keep their names and order; otherwise its elements are matched by attribute name through JSON and
    /// read back with `jsonb_populate_record` into a helper type holding one array of the new type, created for the
    /// move and dropped after it (a `USING` expression cannot hold a subquery that would rebuild each element).
    mutating func recreateCompositeInUse(_ type: CompositeType, old: CompositeType, requires: [String]) {
        let schema = type.name.schema
        let id = ObjectID.type(type.name)
        let oldUses = old.attributes.flatMap { oldReferences.typeIDs($0.type, schema: old.name.schema) }
        let throughText = Set(
            type.attributes.filter {
                newReferences.typeIDs($0.type, schema: schema).contains(where: recreatedTypeIDs.contains)
            }.map(\.name))
        let sameLayout = old.attributes.map(\.name) == type.attributes.map(\.name)
        var holder: QualifiedName?
        if !sameLayout && hasArrayColumn(of: id) {
            let name = unusedTypeName(type.name, suffix: "__array")
            let attribute = CompositeType.Attribute(name: "v", type: type.name.sql + "[]")
            add(
                .createCompositeType(CompositeType(name: name, attributes: [attribute])),
                provides: [ObjectID.type(name)], requires: [id])
            holder = name
        }
        let moved = recreateTypeInUse(
            type.name, create: .createCompositeType(type), requires: requires, oldUses: oldUses
        ) { column in
            guard column.type.hasSuffix("[]") else {
                return Self.rebuiltComposite(column, type: type, old: old, throughText: throughText)
            }
            guard let holder else { return castThroughText(column) }
            let json = "jsonb_build_object(\(quoteLiteral("v")), \(quoteIdentifier(column.name)))"
            return "(jsonb_populate_record(NULL::\(holder.sql), \(json))).\(quoteIdentifier("v"))"
        }
        if let holder {
            add(.dropReplacedType(holder), requires: moved + [ObjectID.type(holder)])
        }
    }

    /// `USING` for a column whose composite type is recreated: a `ROW` of the old value's fields in the new order
    /// (NULL for new attributes; a field whose type is recreated too goes through its text form), NULL for a NULL
    /// value. `throughText` names the attributes whose type is recreated too.
    static func rebuiltComposite(
        _ column: Column, type: CompositeType, old: CompositeType, throughText: Set<String>
    ) -> String {
        let value = quoteIdentifier(column.name)
        let oldNames = Set(old.attributes.map(\.name))
        let fields = type.attributes.map { attribute in
            guard oldNames.contains(attribute.name) else { return "NULL::" + attribute.type }
            let cast = throughText.contains(attribute.name) ? "::text::" : "::"
            return "(\(value)).\(quoteIdentifier(attribute.name))" + cast + attribute.type
        }
        return "CASE WHEN \(value) IS NULL THEN NULL ELSE ROW(\(fields.joined(separator: ", ")))::\(column.type) END"
    }

    /// True when a column of a kept table is an array of the type.
    private func hasArrayColumn(of typeID: String) -> Bool {
        to.tables.values.contains { table in
            from.tables[table.name.key] != nil
                && table.columns.contains {
                    $0.type.hasSuffix("[]")
                        && newReferences.typeIDs($0.type, schema: table.name.schema).contains(typeID)
                }
        }
    }
}
