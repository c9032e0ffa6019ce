import Catalog

extension Differ {
    mutating func diffDomains() {
        for domain in sortedValues(to.domains) {
            let id = ObjectID.type(domain.name)
            let requires = [ObjectID.schema(domain.name.schema), ObjectID.anyExtension]
                + newReferences.ids(in: domain.baseType, schema: domain.name.schema)
                + domain.checks.flatMap { newReferences.ids(in: $0.definition, schema: domain.name.schema) }
                + newReferences.ids(in: domain.defaultExpression ?? "", schema: domain.name.schema)
            guard let old = from.domains[domain.name.key] else {
                add(.createDomain(domain), provides: [id], requires: requires)
                for check in domain.checks where !check.isValidated {
                    add(.addDomainCheck(domain.name, check), requires: [id])
                }
                diffComment(.domain(domain.name), old: nil, new: domain.comment, object: id)
                continue
            }
            if old.baseType != domain.baseType || old.collation != domain.collation {
                add(.dropDomain(old.name), removes: [id])
                add(.createDomain(domain), provides: [id], requires: requires)
                for check in domain.checks where !check.isValidated {
                    add(.addDomainCheck(domain.name, check), requires: [id])
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
                    add(.addDomainCheck(domain.name, check), requires: requires)
                    continue
                }
                if expression(of: oldCheck) != expression(of: check) || (oldCheck.isValidated && !check.isValidated) {
                    add(.dropDomainCheck(domain.name, name: check.name), removes: [token])
                    add(.addDomainCheck(domain.name, check), provides: [token], requires: requires)
                } else if !oldCheck.isValidated && check.isValidated {
                    add(.validateDomainCheck(domain.name, name: check.name))
                }
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

    mutating func diffCompositeTypes() {
        for type in sortedValues(to.compositeTypes) {
            let id = ObjectID.type(type.name)
            let requires = [ObjectID.schema(type.name.schema), ObjectID.anyExtension]
                + type.attributes.flatMap { newReferences.typeIDs($0.type, schema: type.name.schema) }
            guard let old = from.compositeTypes[type.name.key] else {
                add(.createCompositeType(type), provides: [id], requires: requires)
                diffComment(.type(type.name), old: nil, new: type.comment, object: id)
                continue
            }
            let oldAttributes = Dictionary(old.attributes.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
            let newNames = Set(type.attributes.map(\.name))
            let keptOrder = old.attributes.map(\.name).filter { newNames.contains($0) }
            let newOrderOfKept = type.attributes.map(\.name).filter { oldAttributes[$0] != nil }
            let appendedOnly = type.attributes.prefix(keptOrder.count).map(\.name) == keptOrder
            if keptOrder != newOrderOfKept || !appendedOnly {
                add(.dropType(old.name), removes: [id])
                add(.createCompositeType(type), provides: [id], requires: requires)
                diffComment(.type(type.name), old: nil, new: type.comment, object: id)
                continue
            }
            for attribute in old.attributes where !newNames.contains(attribute.name) {
                add(.dropAttribute(type.name, name: attribute.name))
            }
            for attribute in type.attributes {
                if let oldAttribute = oldAttributes[attribute.name] {
                    if oldAttribute != attribute { add(.alterAttributeType(type.name, attribute), requires: requires) }
                } else {
                    add(.addAttribute(type.name, attribute), requires: requires)
                }
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
