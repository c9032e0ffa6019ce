import Catalog

extension Differ {
    /// Roles, `USING` and `WITH CHECK` change in place with `ALTER POLICY`; command or permissiveness changes need
    /// drop and create.
    mutating func diffPolicies(_ old: Table, _ new: Table) {
        for policy in sortedValues(new.policies) {
            guard let oldPolicy = old.policies[policy.name] else {
                createPolicy(policy)
                continue
            }
            let id = ObjectID.policy(new.name, policy.name)
            if oldPolicy.command != policy.command || oldPolicy.isPermissive != policy.isPermissive
                || (oldPolicy.using != nil && policy.using == nil)
                || (oldPolicy.withCheck != nil && policy.withCheck == nil)
                || callsRecreatedFunction(oldPolicy.using, schema: new.name.schema)
                || callsRecreatedFunction(oldPolicy.withCheck, schema: new.name.schema)
                || mentionsDirtyColumn([oldPolicy.using, oldPolicy.withCheck], of: old)
            {
                dropPolicy(oldPolicy)
                createPolicy(policy)
                continue
            }
            if oldPolicy.roles != policy.roles || oldPolicy.using != policy.using
                || oldPolicy.withCheck != policy.withCheck
            {
                add(.alterPolicy(policy), provides: [id], requires: policyRequirements(policy))
            }
            diffComment(
                .policy(table: new.name, name: policy.name), old: oldPolicy.comment, new: policy.comment, object: id)
        }
        for policy in sortedValues(old.policies) where new.policies[policy.name] == nil {
            dropPolicy(policy)
        }
    }

    mutating func createPolicy(_ policy: Policy) {
        let id = ObjectID.policy(policy.table, policy.name)
        add(.createPolicy(policy), provides: [id], requires: policyRequirements(policy))
        diffComment(.policy(table: policy.table, name: policy.name), old: nil, new: policy.comment, object: id)
    }

    private mutating func dropPolicy(_ policy: Policy) {
        let schema = policy.table.schema
        let releases =
            oldReferences.ids(in: policy.using ?? "", schema: schema, except: policy.table)
            + oldReferences.ids(in: policy.withCheck ?? "", schema: schema, except: policy.table)
            + mentionedColumns([policy.using, policy.withCheck], of: from.tables[policy.table.key])
        add(.dropPolicy(policy), removes: [ObjectID.policy(policy.table, policy.name)], releases: releases)
    }

    private func policyRequirements(_ policy: Policy) -> [String] {
        let schema = policy.table.schema
        return [ObjectID.relation(policy.table)]
            + newReferences.ids(in: policy.using ?? "", schema: schema, except: policy.table)
            + newReferences.ids(in: policy.withCheck ?? "", schema: schema, except: policy.table)
            + mentionedColumns([policy.using, policy.withCheck], of: to.tables[policy.table.key])
    }
}
