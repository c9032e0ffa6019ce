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
    /// A column of it becomes a `ROW` of the old value's fields in the new order (see `rowRebuild`). An array of it
    /// goes through its text form when that reads back as the same value (`keepsTextForm`); otherwise its elements
    /// are matched by attribute name, at every level, through JSON and read back with `jsonb_populate_record` into a
    /// helper type holding one array of the new type, created for the move and dropped after it (a `USING`
    /// expression cannot hold a subquery that would rebuild each element).
    mutating func recreateRowTypeInUse(
        _ name: QualifiedName, create: Change, requires: [String], oldUses: [String], composite type: CompositeType,
        old: CompositeType
    ) {
        let id = ObjectID.type(name)
        let rebuild = rowRebuild(type, old: old)
        var holder: QualifiedName?
        if !keepsTextForm(type, old: old) && hasColumn(of: id, array: true) {
            let holderName = unusedTypeName(name, suffix: "__array")
            let attribute = CompositeType.Attribute(name: "v", type: name.sql + "[]")
            add(
                .createCompositeType(CompositeType(name: holderName, attributes: [attribute])),
                provides: [ObjectID.type(holderName)], requires: [id])
            holder = holderName
        }
        let moved = recreateTypeInUse(name, create: create, requires: requires, oldUses: oldUses) { column in
            guard column.type.hasSuffix("[]") else {
                return rebuild.sql(of: quoteIdentifier(column.name), as: column.type)
            }
            guard let holder else { return castThroughText(column) }
            let json = "jsonb_build_object(\(quoteLiteral("v")), \(quoteIdentifier(column.name)))"
            return "(jsonb_populate_record(NULL::\(holder.sql), \(json))).\(quoteIdentifier("v"))"
        }
        if let holder {
            add(.dropReplacedType(holder), requires: moved + [ObjectID.type(holder)])
        }
    }

    /// The move of a recreated composite type's values from `old` to `type`, field by field: a field whose type is
    /// a recreated composite type (or a domain over one) whose text form would not read back the same is rebuilt the
    /// same way, recursively; an array of such rows goes through JSON; one whose type is recreated otherwise goes
    /// through its text form.
    func rowRebuild(_ type: CompositeType, old: CompositeType) -> RowRebuild {
        let oldTypes = Dictionary(old.attributes.map { ($0.name, $0.type) }, uniquingKeysWith: { first, _ in first })
        return RowRebuild(
            fields: type.attributes.map { attribute in
                guard let oldType = oldTypes[attribute.name] else {
                    return RowRebuild.Field(name: attribute.name, type: attribute.type, source: .absent)
                }
                if let nested = recreatedComposite(
                    attribute.type, schema: type.name.schema, old: oldType, oldSchema: old.name.schema),
                    !keepsTextForm(nested.new, old: nested.old)
                {
                    return RowRebuild.Field(
                        name: attribute.name, type: attribute.type, source: .rebuilt(rowRebuild(nested.new, old: nested.old)))
                }
                if let element = recreatedComposite(
                    Self.elementType(attribute.type), schema: type.name.schema, old: Self.elementType(oldType),
                    oldSchema: old.name.schema),
                    attribute.type.hasSuffix("[]"), !keepsTextForm(element.new, old: element.old)
                {
                    return RowRebuild.Field(
                        name: attribute.name, type: attribute.type, source: .throughJSON(holder: type.name.sql))
                }
                let recreated = newReferences.typeIDs(attribute.type, schema: type.name.schema)
                    .contains(where: recreatedTypeIDs.contains)
                return RowRebuild.Field(name: attribute.name, type: attribute.type, source: .cast(throughText: recreated))
            })
    }

    /// True when the text form of an old value reads back as the same value of the new version: the attributes keep
    /// their names and order, and so do those of every recreated composite type their fields (or their arrays) hold.
    func keepsTextForm(_ type: CompositeType, old: CompositeType) -> Bool {
        guard old.attributes.map(\.name) == type.attributes.map(\.name) else { return false }
        return zip(type.attributes, old.attributes).allSatisfy { attribute, oldAttribute in
            guard
                let nested = recreatedComposite(
                    Self.elementType(attribute.type), schema: type.name.schema, old: Self.elementType(oldAttribute.type),
                    oldSchema: old.name.schema)
            else { return true }
            return keepsTextForm(nested.new, old: nested.old)
        }
    }

    /// Recreates a domain in use over an array of a recreated composite type whose text form would not read back
    /// the same (`recreatedCompositeElement`): a column of it is matched by attribute name, at every level, through
    /// JSON and read back with `jsonb_populate_record` into a helper type holding one value of the new domain,
    /// created for the move and dropped after it. An array of such a domain still goes through its text form.
    mutating func recreateArrayDomainInUse(
        _ name: QualifiedName, create: Change, requires: [String], oldUses: [String]
    ) {
        let id = ObjectID.type(name)
        var holder: QualifiedName?
        if hasColumn(of: id, array: false) {
            let holderName = unusedTypeName(name, suffix: "__value")
            let attribute = CompositeType.Attribute(name: "v", type: name.sql)
            add(
                .createCompositeType(CompositeType(name: holderName, attributes: [attribute])),
                provides: [ObjectID.type(holderName)], requires: [id])
            holder = holderName
        }
        let moved = recreateTypeInUse(name, create: create, requires: requires, oldUses: oldUses) { column in
            guard let holder, !column.type.hasSuffix("[]") else { return castThroughText(column) }
            let json = "jsonb_build_object(\(quoteLiteral("v")), \(quoteIdentifier(column.name)))"
            return "(jsonb_populate_record(NULL::\(holder.sql), \(json))).\(quoteIdentifier("v"))"
        }
        if let holder {
            add(.dropReplacedType(holder), requires: moved + [ObjectID.type(holder)])
        }
    }

    /// The new and old versions of the recreated composite type whose arrays a kept domain's values are, through
    /// other domains on both sides, when its text form would not read back the same (`nil` otherwise).
    func recreatedCompositeElement(of domain: Domain, old: Domain) -> (new: CompositeType, old: CompositeType)? {
        guard let new = arrayBase(of: domain, in: to, references: newReferences),
            let previous = arrayBase(of: old, in: from, references: oldReferences),
            let element = recreatedComposite(
                Self.elementType(new.baseType), schema: new.name.schema, old: Self.elementType(previous.baseType),
                oldSchema: previous.name.schema),
            !keepsTextForm(element.new, old: element.old)
        else { return nil }
        return element
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

    /// The new and old versions of the recreated composite type that values of `newType` (and of `oldType` before
    /// the plan) are rows of, directly or through domains (`nil` for other types, arrays among them).
    private func recreatedComposite(
        _ newType: String, schema: String, old oldType: String, oldSchema: String
    ) -> (new: CompositeType, old: CompositeType)? {
        guard !newType.hasSuffix("[]"), !oldType.hasSuffix("[]"),
            let new = composite(newType, schema: schema, in: to, references: newReferences),
            let previous = composite(oldType, schema: oldSchema, in: from, references: oldReferences),
            new.name == previous.name, recreatedTypeIDs.contains(ObjectID.type(new.name))
        else { return nil }
        return (new, previous)
    }

    /// The composite type named by `type`, or that a domain it names is over (through other domains), in `catalog`.
    private func composite(
        _ type: String, schema: String, in catalog: Catalog, references: References
    ) -> CompositeType? {
        guard let id = references.typeIDs(type, schema: schema).first else { return nil }
        let key = String(id.dropFirst("type:".count))
        if let composite = catalog.compositeTypes[key] { return composite }
        return catalog.domains[key].flatMap { compositeBase(of: $0, in: catalog, references: references) }
    }

    /// The type of an array's elements (`app.pair` for `app.pair[]`), or the type itself.
    private static func elementType(_ type: String) -> String {
        var element = type
        while element.hasSuffix("[]") { element.removeLast(2) }
        return element
    }

    /// True when a column of a kept table is of the type (`array: false`) or an array of it (`array: true`).
    private func hasColumn(of typeID: String, array: Bool) -> Bool {
        to.tables.values.contains { table in
            from.tables[table.name.key] != nil
                && table.columns.contains {
                    $0.type.hasSuffix("[]") == array
                        && newReferences.typeIDs($0.type, schema: table.name.schema).contains(typeID)
                }
        }
    }

    /// The domain (`domain` itself, or one it is over) whose base type is an array, following domains in `catalog`.
    private func arrayBase(of domain: Domain, in catalog: Catalog, references: References) -> Domain? {
        var current = domain
        var seen: Set<String> = [domain.name.key]
        while !current.baseType.hasSuffix("[]") {
            guard let id = references.typeIDs(current.baseType, schema: current.name.schema).first,
                let next = catalog.domains[String(id.dropFirst("type:".count))], seen.insert(next.name.key).inserted
            else { return nil }
            current = next
        }
        return current
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
