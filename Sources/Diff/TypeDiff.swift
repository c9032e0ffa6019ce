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
            guard let old = from.domains[domain.name.key], !recreatedTypeIDs.contains(id) else {
                if let old = from.domains[domain.name.key] {
                    releaseRecreatedFunctions(of: old)
                    let oldUses = oldReferences.typeIDs(old.baseType, schema: old.name.schema)
                    if let base = recreatedCompositeBase(of: domain, old: old) {
                        recreateRowTypeInUse(
                            domain.name, create: .createDomain(domain), requires: requires, oldUses: oldUses,
                            composite: base.new, old: base.old)
                    } else if recreatedCompositeElement(of: domain, old: old) != nil {
                        recreateArrayDomainInUse(
                            domain.name, create: .createDomain(domain), requires: requires, oldUses: oldUses)
                    } else {
                        recreateTypeInUse(
                            domain.name, create: .createDomain(domain), requires: requires, oldUses: oldUses,
                            using: castThroughText)
                    }
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
            let schema = domain.name.schema
            var currentDefault = old.defaultExpression
            if callsRecreatedFunction(old.defaultExpression, schema: schema) {
                add(
                    .setDomainDefault(domain.name, expression: nil),
                    releases: oldReferences.ids(in: old.defaultExpression ?? "", schema: schema))
                currentDefault = nil
            }
            if currentDefault != domain.defaultExpression {
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
                if expression(of: oldCheck) != expression(of: check) || (oldCheck.isValidated && !check.isValidated)
                    || callsRecreatedFunction(oldCheck.definition, schema: schema)
                {
                    add(
                        .dropDomainCheck(domain.name, name: check.name), removes: [token],
                        releases: oldReferences.ids(in: oldCheck.definition, schema: schema))
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

    /// Before a domain is renamed away to be recreated: drops the checks and the default of its old version that
    /// call a function the plan drops and creates again, which could otherwise only go with the old version, after
    /// the new one (which calls the new function) exists.
    private mutating func releaseRecreatedFunctions(of old: Domain) {
        let schema = old.name.schema
        let id = ObjectID.type(old.name)
        for check in old.checks where callsRecreatedFunction(check.definition, schema: schema) {
            add(
                .dropDomainCheck(old.name, name: check.name),
                releases: [id] + oldReferences.ids(in: check.definition, schema: schema))
        }
        if callsRecreatedFunction(old.defaultExpression, schema: schema) {
            add(
                .setDomainDefault(old.name, expression: nil),
                releases: [id] + oldReferences.ids(in: old.defaultExpression ?? "", schema: schema))
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
            if recreatedTypeIDs.contains(id) {
                recreateCompositeInUse(type, old: old, requires: requires)
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
