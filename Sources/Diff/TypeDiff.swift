import Catalog
import SQLSyntax

extension Differ {
    mutating func diffDomains() {
        for domain in sortedValues(to.domains) {
            let id = ObjectID.type(domain.name)
            let requires = [ObjectID.schema(domain.name.schema), ObjectID.anyExtension]
                + newReferences.ids(in: domain.baseType, schema: domain.name.schema)
                + domain.checks.flatMap { newReferences.ids(in: $0.definition, schema: domain.name.schema) }
                + newReferences.ids(in: domain.defaultExpression ?? "", schema: domain.name.schema)
            guard let old = from.domains[domain.name.key],
                old.baseType == domain.baseType && old.collation == domain.collation
            else {
                if from.domains[domain.name.key] != nil {
                    recreateTypeInUse(domain.name, create: .createDomain(domain), requires: requires, using: castThroughText)
                } else {
                    add(.createDomain(domain), provides: [id], requires: requires)
                }
                for check in domain.checks {
                    if !check.isValidated { add(.addDomainCheck(domain.name, check), requires: [id]) }
                    diffDomainCheckComment(domain.name, check, old: nil)
                }
                diffComment(.domain(domain.name), old: nil, new: domain.comment, object: id)
                continue
            }
            if old.defaultExpression != domain.defaultExpression {
                add(.setDomainDefault(domain.name, expression: domain.defaultExpression), requires: requires)
            }
            if old.isNotNull != domain.isNotNull { add(.setDomainNotNull(domain.name, domain.isNotNull)) }
            let oldChecks = Dictionary(old.checks.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
            let newChecks = Dictionary(domain.checks.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
            for check in domain.checks {
                let token = "step:domain-check:" + domain.name.key + "." + check.name
                guard let oldCheck = oldChecks[check.name] else {
                    add(.addDomainCheck(domain.name, check), provides: [token], requires: requires)
                    diffDomainCheckComment(domain.name, check, old: nil)
                    continue
                }
                if expression(of: oldCheck) != expression(of: check) || (oldCheck.isValidated && !check.isValidated) {
                    add(.dropDomainCheck(domain.name, name: check.name), removes: [token])
                    add(.addDomainCheck(domain.name, check), provides: [token], requires: requires)
                    diffDomainCheckComment(domain.name, check, old: nil)
                    continue
                }
                if !oldCheck.isValidated && check.isValidated {
                    add(.validateDomainCheck(domain.name, name: check.name))
                }
                diffDomainCheckComment(domain.name, check, old: oldCheck)
            }
            for check in old.checks where newChecks[check.name] == nil {
                add(.dropDomainCheck(domain.name, name: check.name))
            }
            diffComment(.domain(domain.name), old: old.comment, new: domain.comment, object: id)
        }
        for domain in sortedValues(from.domains) where to.domains[domain.name.key] == nil {
            add(
                .dropDomain(domain.name), removes: [ObjectID.type(domain.name)],
                releases: [ObjectID.schema(domain.name.schema)]
                    + oldReferences.ids(in: domain.baseType, schema: domain.name.schema))
        }
    }

    /// `COMMENT ON CONSTRAINT … ON DOMAIN` when a check's comment differs (`old` is nil for a new check), after
    /// the check exists: the domain's own creation makes its inline checks, `step:domain-check:` the added ones.
    private mutating func diffDomainCheckComment(_ domain: QualifiedName, _ check: DomainCheck, old: DomainCheck?) {
        guard old?.comment != check.comment else { return }
        add(
            .setComment(.domainConstraint(domain: domain, name: check.name), check.comment),
            requires: [ObjectID.type(domain), "step:domain-check:" + domain.key + "." + check.name])
    }

    /// `COMMENT ON COLUMN type.attribute` when an attribute's comment differs (`old` is nil for a new attribute).
    private mutating func diffAttributeComment(
        _ type: QualifiedName, _ attribute: CompositeType.Attribute, old: CompositeType.Attribute?
    ) {
        guard old?.comment != attribute.comment else { return }
        add(
            .setComment(.column(type, attribute.name), attribute.comment),
            requires: [ObjectID.type(type), "step:attribute:" + type.key + "." + attribute.name])
    }

    /// `USING` for a column whose composite type is recreated: a `ROW` of the old value's fields in the new order
    /// (NULL for new attributes), NULL for a NULL value; arrays of the type go through their text form.
    static func rebuiltComposite(_ column: Column, type: CompositeType, old: CompositeType) -> String {
        let value = quoteIdentifier(column.name)
        guard !column.type.hasSuffix("[]") else { return castThroughText(column) }
        let oldNames = Set(old.attributes.map(\.name))
        let fields = type.attributes.map { attribute in
            (oldNames.contains(attribute.name) ? "(\(value)).\(quoteIdentifier(attribute.name))" : "NULL")
                + "::" + attribute.type
        }
        return "CASE WHEN \(value) IS NULL THEN NULL ELSE ROW(\(fields.joined(separator: ", ")))::\(column.type) END"
    }

    mutating func diffCompositeTypes() {
        for type in sortedValues(to.compositeTypes) {
            let id = ObjectID.type(type.name)
            let requires = [ObjectID.schema(type.name.schema), ObjectID.anyExtension]
                + type.attributes.flatMap { newReferences.typeIDs($0.type, schema: type.name.schema) }
            guard let old = from.compositeTypes[type.name.key] else {
                add(.createCompositeType(type), provides: [id], requires: requires)
                for attribute in type.attributes { diffAttributeComment(type.name, attribute, old: nil) }
                diffComment(.type(type.name), old: nil, new: type.comment, object: id)
                continue
            }
            let oldAttributes = Dictionary(old.attributes.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
            let newNames = Set(type.attributes.map(\.name))
            let keptOrder = old.attributes.map(\.name).filter { newNames.contains($0) }
            let newOrderOfKept = type.attributes.map(\.name).filter { oldAttributes[$0] != nil }
            let appendedOnly = type.attributes.prefix(keptOrder.count).map(\.name) == keptOrder
            if keptOrder != newOrderOfKept || !appendedOnly {
                recreateTypeInUse(type.name, create: .createCompositeType(type), requires: requires) { column in
                    Self.rebuiltComposite(column, type: type, old: old)
                }
                for attribute in type.attributes { diffAttributeComment(type.name, attribute, old: nil) }
                diffComment(.type(type.name), old: nil, new: type.comment, object: id)
                continue
            }
            for attribute in old.attributes where !newNames.contains(attribute.name) {
                add(.dropAttribute(type.name, name: attribute.name))
            }
            for attribute in type.attributes {
                let token = "step:attribute:" + type.name.key + "." + attribute.name
                if let oldAttribute = oldAttributes[attribute.name] {
                    if oldAttribute.type != attribute.type || oldAttribute.collation != attribute.collation {
                        add(.alterAttributeType(type.name, attribute), requires: requires)
                    }
                } else {
                    add(.addAttribute(type.name, attribute), provides: [token], requires: requires)
                }
                diffAttributeComment(type.name, attribute, old: oldAttributes[attribute.name])
            }
            diffComment(.type(type.name), old: old.comment, new: type.comment, object: id)
        }
        for type in sortedValues(from.compositeTypes) where to.compositeTypes[type.name.key] == nil {
            add(
                .dropType(type.name), removes: [ObjectID.type(type.name)],
                releases: [ObjectID.schema(type.name.schema)]
                    + type.attributes.flatMap { oldReferences.typeIDs($0.type, schema: type.name.schema) })
        }
    }
}

/// A domain check's definition without the ` NOT VALID` that `pg_get_constraintdef` appends to an unvalidated one, so
/// that a change of validity alone is a `VALIDATE CONSTRAINT`, not a new expression.
private func expression(of check: DomainCheck) -> Substring {
    let definition = Substring(check.definition)
    guard !check.isValidated, definition.hasSuffix(" NOT VALID") else { return definition }
    return definition.dropLast(" NOT VALID".count)
}
