import Catalog
import SQLSyntax

extension SchemaValidation {
    /// Grants, revokes, owners and default privileges: privileges that apply to the object's kind, columns that
    /// exist, revokes only of what Postgres grants by default, and declared roles.
    mutating func checkAccess() {
        let relationPrivileges: [Privilege] = [.select, .insert, .update, .delete, .truncate, .references, .trigger]
        for schema in assembly.schemas {
            check(
                schema.access, ObjectDescription.schema(schema.name), allowed: [.usage, .create], defaults: [],
                at: schema.location)
        }
        for table in assembly.tables {
            check(
                table.access, ObjectDescription.relation(table.reference.name), allowed: relationPrivileges,
                defaults: [], columns: Set(table.columns.map(\.name)), at: table.location)
        }
        for view in assembly.views {
            check(
                view.access, ObjectDescription.relation(view.name), allowed: relationPrivileges, defaults: [],
                columns: nil, at: view.location)
        }
        for sequence in assembly.sequences {
            check(
                sequence.access, ObjectDescription.relation(sequence.name), allowed: [.usage, .select, .update],
                defaults: [], at: sequence.location)
        }
        for function in assembly.functions {
            check(
                function.access, ObjectDescription.function(function.catalogFunction.key), allowed: [.execute],
                defaults: [.execute], at: function.location)
        }
        let types =
            assembly.enums.map { ($0.access, $0.name, $0.location) }
            + assembly.domains.map { ($0.access, $0.name, $0.location) }
            + assembly.compositeTypes.map { ($0.access, $0.name, $0.location) }
        for (access, name, location) in types {
            check(access, ObjectDescription.type(name), allowed: [.usage], defaults: [.usage], at: location)
        }
        for trigger in assembly.eventTriggers {
            if let owner = trigger.owner {
                checkRole(owner, of: ObjectDescription.eventTrigger(trigger.name), at: trigger.location)
            }
        }
        for publication in assembly.publications {
            if let owner = publication.owner {
                checkRole(owner, of: ObjectDescription.publication(publication.name), at: publication.location)
            }
        }
        for entry in assembly.defaultPrivileges { check(entry) }
    }

    private mutating func check(_ entry: DefaultPrivileges) {
        let object = "default privileges for \(entry.role) on \(entry.objectType.rawValue.lowercased())"
        checkRole(entry.role, of: object, at: entry.location)
        if let schema = entry.schema {
            if entry.objectType == .schemas {
                report(object, "cannot be limited to a schema (IN SCHEMA does not apply to SCHEMAS)", at: entry.location)
            }
            if !declaredSchemas.contains(schema) {
                report(object, "schema \(quoteIdentifier(schema)) is not declared; add Schema(\"\(schema)\")", at: entry.location)
            }
        }
        let allowed: [Privilege]
        let defaults: [Privilege]
        switch entry.objectType {
        case .tables: (allowed, defaults) = ([.select, .insert, .update, .delete, .truncate, .references, .trigger], [])
        case .sequences: (allowed, defaults) = ([.usage, .select, .update], [])
        case .functions: (allowed, defaults) = ([.execute], [.execute])
        case .types: (allowed, defaults) = ([.usage], [.usage])
        case .schemas: (allowed, defaults) = ([.usage, .create], [])
        }
        check(entry.access, object, allowed: allowed, defaults: entry.schema == nil ? defaults : [], at: entry.location)
        if entry.access.grants.isEmpty && entry.access.revokes.isEmpty {
            report(object, "grants and revokes nothing", at: entry.location)
        }
    }

    /// `allowed`: privileges the kind has; `defaults`: what Postgres grants `PUBLIC` by default (revocable);
    /// `columns`: the columns of a table (nil: column grants allowed, names not checked; absent: not allowed).
    private mutating func check(
        _ access: Access, _ object: String, allowed: [Privilege], defaults: [Privilege], columns: Set<String>? = [],
        at objectLocation: SourceLocation
    ) {
        let location = access.location ?? objectLocation
        for mistake in access.mistakes { report(object, mistake, at: location) }
        if let owner = access.owner { checkRole(owner, of: object, at: location) }
        let columnPrivileges: Set<Privilege> = [.select, .insert, .update, .references]
        for grant in access.grants {
            checkRole(grant.grantee, of: object, at: location)
            if !allowed.contains(grant.privilege) {
                report(
                    object,
                    "cannot be granted \(grant.privilege.rawValue); it takes \(allowed.map(\.rawValue).joined(separator: ", "))",
                    at: location)
            }
            guard let column = grant.column else { continue }
            if columns == [] {
                report(object, "has no columns to grant on; grant \(grant.privilege.rawValue) on the whole object", at: location)
            } else if !columnPrivileges.contains(grant.privilege) {
                report(object, "cannot grant \(grant.privilege.rawValue) on a column (only SELECT, INSERT, UPDATE, REFERENCES)", at: location)
            } else if let columns, !columns.contains(column) {
                report(object, "grants \(grant.privilege.rawValue) on unknown column \(quoteIdentifier(column))", at: location)
            }
        }
        for revoke in access.revokes {
            checkRole(revoke.grantee, of: object, at: location)
            guard revoke.grantee != PrivilegeGrant.everyone || !defaults.contains(revoke.privilege) else { continue }
            let revocable =
                defaults.isEmpty
                ? "nothing is granted by default here"
                : "only \(defaults.map(\.rawValue).joined(separator: ", ")) from PUBLIC is granted by default"
            report(
                object,
                "revokes \(revoke.privilege.rawValue) from \(revoke.grantee), which Postgres does not grant by default (\(revocable)); to take away a privilege you granted, stop granting it",
                at: location)
        }
    }

    /// A role must be `PUBLIC`, or declared with `Role(…)` and a valid identifier.
    private mutating func checkRole(_ role: String, of object: String, at location: SourceLocation) {
        guard role != PrivilegeGrant.everyone else { return }
        if let problem = identifierProblem(role) {
            report(object, "role \(quoteIdentifier(role)): \(problem)", at: location)
        } else if !declaredRoles.contains(role) {
            report(
                object,
                "names role \(quoteIdentifier(role)), which is not declared; add Role(\"\(role)\") (roles are cluster-wide and must exist before the schema is applied)",
                at: location)
        }
    }
}
