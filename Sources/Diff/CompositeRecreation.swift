import Catalog
import SQLSyntax

extension Differ {
    /// Recreates a composite type in use (see `recreateTypeInUse`) with its columns moved by `recreateRowTypeInUse`.
    mutating func recreateCompositeInUse(_ type: CompositeType, old: CompositeType, requires: [String]) {
        recreateRowTypeInUse(
            type.name, create: .createCompositeType(type), requires: requires,
            oldUses: old.attributes.flatMap { oldReferences.typeIDs($0.type, schema: old.name.schema) },
            composite: type, old: old)
    }

    /// Recreates a type in use whose values are rows of the recreated composite type `composite` (`old` is its old
    /// version): the composite itself, or a domain over it (directly or through other domains), created by `create`.
    /// A column of it becomes a `ROW` of the old value's fields in the new order (see `rebuiltComposite`). An array
    /// of it goes through its text form when the attributes keep their names and order; otherwise its elements are
    /// matched by attribute name through JSON and read back with `jsonb_populate_record` into a helper type holding
    /// one array of the new type, created for the move and dropped after it (a `USING` expression cannot hold a
    /// subquery that would rebuild each element).
    mutating func recreateRowTypeInUse(
        _ name: QualifiedName, create: Change, requires: [String], oldUses: [String], composite type: CompositeType,
        old: CompositeType
    ) {
        let id = ObjectID.type(name)
        let throughText = Set(
            type.attributes.filter {
                newReferences.typeIDs($0.type, schema: type.name.schema).contains(where: recreatedTypeIDs.contains)
            }.map(\.name))
        let sameLayout = old.attributes.map(\.name) == type.attributes.map(\.name)
        var holder: QualifiedName?
        if !sameLayout && hasArrayColumn(of: id) {
            let holderName = unusedTypeName(name, suffix: "__array")
            let attribute = CompositeType.Attribute(name: "v", type: name.sql + "[]")
            add(
                .createCompositeType(CompositeType(name: holderName, attributes: [attribute])),
                provides: [ObjectID.type(holderName)], requires: [id])
            holder = holderName
        }
        let moved = recreateTypeInUse(name, create: create, requires: requires, oldUses: oldUses) { column in
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

    /// The new and old versions of the recreated composite type whose rows a kept domain's values are, through
    /// other domains on both sides (`nil` when the domain is not over a composite, or is over an array of one).
    func recreatedCompositeBase(of domain: Domain, old: Domain) -> (new: CompositeType, old: CompositeType)? {
        guard let new = compositeBase(of: domain, in: to, references: newReferences),
            let previous = compositeBase(of: old, in: from, references: oldReferences),
            new.name == previous.name, recreatedTypeIDs.contains(ObjectID.type(new.name))
        else { return nil }
        return (new, previous)
    }

    /// `USING` for a column whose composite type is recreated: a `ROW` of the old value's fields in the new order
    /// (NULL for new attributes; a field whose type is recreated too goes through its text form), NULL for a NULL
    /// value. `IS NOT DISTINCT FROM NULL`, not `IS NULL`, which is also true for a row whose fields are all NULL and
    /// would turn it into NULL. `throughText` names the attributes whose type is recreated too.
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
        return "CASE WHEN \(value) IS NOT DISTINCT FROM NULL THEN NULL ELSE ROW(\(fields.joined(separator: ", ")))::\(column.type) END"
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

    /// The composite type a domain's values are rows of, following domains over domains in `catalog`.
    private func compositeBase(of domain: Domain, in catalog: Catalog, references: References) -> CompositeType? {
        var current = domain
        var seen: Set<String> = [domain.name.key]
        while !current.baseType.hasSuffix("[]"),
            let id = references.typeIDs(current.baseType, schema: current.name.schema).first
        {
            let key = String(id.dropFirst("type:".count))
            if let composite = catalog.compositeTypes[key] { return composite }
            guard let next = catalog.domains[key], seen.insert(key).inserted else { return nil }
            current = next
        }
        return nil
    }
}
