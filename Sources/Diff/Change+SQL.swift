import Foundation
import Catalog
import SQLSyntax

extension Change {
    /// The statement that performs this change, without a trailing semicolon.
    ///
    /// Names go through `quoteIdentifier`/`qualifiedName` and values through `quoteLiteral`; expressions, types and
    /// `definition` texts are Postgres-normalised SQL taken from the catalog as they are.
    public var sql: String {
        switch self {
        case .createSchema(let schema): return "CREATE SCHEMA \(quoteIdentifier(schema.name))"
        case .dropSchema(let name): return "DROP SCHEMA \(quoteIdentifier(name))"
        case .renameSchema(let from, let to): return "ALTER SCHEMA \(quoteIdentifier(from)) RENAME TO \(quoteIdentifier(to))"
        case .createExtension(let ext):
            var sql = "CREATE EXTENSION IF NOT EXISTS \(quoteIdentifier(ext.name)) WITH SCHEMA \(quoteIdentifier(ext.schema))"
            if let version = ext.version { sql += " VERSION \(quoteLiteral(version))" }
            return sql
        case .dropExtension(let ext): return "DROP EXTENSION \(quoteIdentifier(ext.name))"
        case .updateExtension(let name, let version):
            return "ALTER EXTENSION \(quoteIdentifier(name)) UPDATE TO \(quoteLiteral(version))"

        case .createEnum(let type):
            return "CREATE TYPE \(type.name.sql) AS ENUM (\(type.labels.map(quoteLiteral).joined(separator: ", ")))"
        case .addEnumValue(let type, let label, let position):
            let base = "ALTER TYPE \(type.sql) ADD VALUE \(quoteLiteral(label))"
            switch position {
            case .before(let other): return base + " BEFORE \(quoteLiteral(other))"
            case .after(let other): return base + " AFTER \(quoteLiteral(other))"
            case .end: return base
            }
        case .renameEnumValue(let type, let from, let to):
            return "ALTER TYPE \(type.sql) RENAME VALUE \(quoteLiteral(from)) TO \(quoteLiteral(to))"
        case .renameType(let name, let to): return "ALTER TYPE \(name.sql) RENAME TO \(quoteIdentifier(to))"
        case .dropType(let name), .dropReplacedType(let name): return "DROP TYPE \(name.sql)"

        case .createDomain(let domain):
            var sql = "CREATE DOMAIN \(domain.name.sql) AS \(domain.baseType)"
            if let collation = domain.collation { sql += " COLLATE \(collationSQL(collation))" }
            if let expression = domain.defaultExpression { sql += " DEFAULT \(expression)" }
            if domain.isNotNull { sql += " NOT NULL" }
            for check in domain.checks where check.isValidated {
                sql += " CONSTRAINT \(quoteIdentifier(check.name)) \(check.definition)"
            }
            return sql
        case .dropDomain(let name): return "DROP DOMAIN \(name.sql)"
        case .setDomainDefault(let name, let expression):
            return "ALTER DOMAIN \(name.sql) " + (expression.map { "SET DEFAULT \($0)" } ?? "DROP DEFAULT")
        case .setDomainNotNull(let name, let notNull):
            return "ALTER DOMAIN \(name.sql) \(notNull ? "SET" : "DROP") NOT NULL"
        case .addDomainCheck(let name, let check):
            return "ALTER DOMAIN \(name.sql) ADD CONSTRAINT \(quoteIdentifier(check.name)) \(check.definition)"
        case .dropDomainCheck(let name, let check):
            return "ALTER DOMAIN \(name.sql) DROP CONSTRAINT \(quoteIdentifier(check))"
        case .validateDomainCheck(let name, let check):
            return "ALTER DOMAIN \(name.sql) VALIDATE CONSTRAINT \(quoteIdentifier(check))"

        case .createCompositeType(let type):
            let attributes = type.attributes.map { attribute in
                quoteIdentifier(attribute.name) + " " + attribute.type
                    + (attribute.collation.map { " COLLATE \(collationSQL($0))" } ?? "")
            }
            return "CREATE TYPE \(type.name.sql) AS (\(attributes.joined(separator: ", ")))"
        case .addAttribute(let type, let attribute):
            return "ALTER TYPE \(type.sql) ADD ATTRIBUTE \(quoteIdentifier(attribute.name)) \(attribute.type)"
                + (attribute.collation.map { " COLLATE \(collationSQL($0))" } ?? "")
        case .dropAttribute(let type, let name):
            return "ALTER TYPE \(type.sql) DROP ATTRIBUTE \(quoteIdentifier(name))"
        case .alterAttributeType(let type, let attribute):
            return "ALTER TYPE \(type.sql) ALTER ATTRIBUTE \(quoteIdentifier(attribute.name)) TYPE \(attribute.type)"
                + (attribute.collation.map { " COLLATE \(collationSQL($0))" } ?? "")

        case .createSequence(let sequence):
            return "CREATE SEQUENCE \(sequence.name.sql) AS \(sequence.dataType)"
                + sequenceOptionsSQL(sequence.options, forAlter: false)
        case .dropSequence(let name): return "DROP SEQUENCE \(name.sql)"
        case .alterSequence(let name, let dataType, let options):
            return "ALTER SEQUENCE \(name.sql) AS \(dataType)" + sequenceOptionsSQL(options, forAlter: true)
        case .setSequenceOwner(let name, let owner):
            let target = owner.map { ref in ref.relation.sql + "." + quoteIdentifier(ref.column ?? "") } ?? "NONE"
            return "ALTER SEQUENCE \(name.sql) OWNED BY \(target)"

        case .createTable(let table): return createTableSQL(table)
        case .dropTable(let name): return "DROP TABLE \(name.sql)"
        case .renameTable(let name, let to): return "ALTER TABLE \(name.sql) RENAME TO \(quoteIdentifier(to))"
        case .setUnlogged(let name, let unlogged):
            return "ALTER TABLE \(name.sql) SET \(unlogged ? "UNLOGGED" : "LOGGED")"
        case .attachPartition(let parent, let partition, let bound):
            return "ALTER TABLE \(parent.sql) ATTACH PARTITION \(partition.sql) \(bound)"
        case .detachPartition(let parent, let partition):
            return "ALTER TABLE \(parent.sql) DETACH PARTITION \(partition.sql)"
        case .setRowLevelSecurity(let name, let enabled):
            return "ALTER TABLE \(name.sql) \(enabled ? "ENABLE" : "DISABLE") ROW LEVEL SECURITY"
        case .setForceRowLevelSecurity(let name, let forced):
            return "ALTER TABLE \(name.sql) \(forced ? "FORCE" : "NO FORCE") ROW LEVEL SECURITY"

        case .addColumn(let table, let column): return "ALTER TABLE \(table.sql) ADD COLUMN \(columnSQL(column))"
        case .dropColumn(let table, let column):
            return "ALTER TABLE \(table.sql) DROP COLUMN \(quoteIdentifier(column))"
        case .renameColumn(let table, let from, let to):
            return "ALTER TABLE \(table.sql) RENAME COLUMN \(quoteIdentifier(from)) TO \(quoteIdentifier(to))"
        case .alterColumnType(let table, let column, let type, let collation, let using):
            var sql = "ALTER TABLE \(table.sql) ALTER COLUMN \(quoteIdentifier(column)) TYPE \(type)"
            if let collation { sql += " COLLATE \(collationSQL(collation))" }
            if let using { sql += " USING \(using)" }
            return sql
        case .setNotNull(let table, let column): return alterColumn(table, column, "SET NOT NULL")
        case .dropNotNull(let table, let column): return alterColumn(table, column, "DROP NOT NULL")
        case .setDefault(let table, let column, let expression):
            return alterColumn(table, column, "SET DEFAULT \(expression)")
        case .dropDefault(let table, let column): return alterColumn(table, column, "DROP DEFAULT")
        case .addIdentity(let table, let column, let identity):
            return alterColumn(table, column, "ADD " + identitySQL(identity))
        case .alterIdentity(let table, let column, let identity):
            var sql = "SET GENERATED \(identity.generation.rawValue)"
            let options = identity.options
            sql += " SET INCREMENT BY \(options.increment ?? 1)"
            sql += options.minValue.map { " SET MINVALUE \($0)" } ?? " SET NO MINVALUE"
            sql += options.maxValue.map { " SET MAXVALUE \($0)" } ?? " SET NO MAXVALUE"
            sql += " SET START WITH \(options.start ?? options.defaultStart)"
            sql += " SET CACHE \(options.cache ?? 1)"
            sql += options.cycle ? " SET CYCLE" : " SET NO CYCLE"
            return alterColumn(table, column, sql)
        case .dropIdentity(let table, let column): return alterColumn(table, column, "DROP IDENTITY")
        case .dropGeneratedExpression(let table, let column): return alterColumn(table, column, "DROP EXPRESSION")

        case .addConstraint(let table, let constraint, _):
            return "ALTER TABLE \(table.sql) ADD CONSTRAINT \(quoteIdentifier(constraint.name)) \(constraint.definition)"
        case .dropConstraint(let table, let name):
            return "ALTER TABLE \(table.sql) DROP CONSTRAINT \(quoteIdentifier(name))"
        case .validateConstraint(let table, let name):
            return "ALTER TABLE \(table.sql) VALIDATE CONSTRAINT \(quoteIdentifier(name))"
        case .renameConstraint(let table, let from, let to):
            return "ALTER TABLE \(table.sql) RENAME CONSTRAINT \(quoteIdentifier(from)) TO \(quoteIdentifier(to))"

        case .createIndex(let index, let concurrently, _): return createIndexSQL(index, concurrently: concurrently)
        case .dropIndex(let name, let concurrently):
            return "DROP INDEX \(concurrently ? "CONCURRENTLY " : "")\(name.sql)"
        case .renameIndex(let name, let to): return "ALTER INDEX \(name.sql) RENAME TO \(quoteIdentifier(to))"

        case .createFunction(let function, _):
            return function.definition.isEmpty ? functionSQL(function) : trimmedStatement(function.definition)
        case .dropFunction(let signature, _): return "DROP \(signature.kind.rawValue) \(signature.sql)"
        case .setFunctionSetting(let signature, let name, let value):
            return "ALTER \(signature.kind.rawValue) \(signature.sql) SET \(quoteIdentifier(name)) TO "
                + settingValueSQL(name: name, value: value)
        case .resetFunctionSetting(let signature, let name):
            return "ALTER \(signature.kind.rawValue) \(signature.sql) RESET \(quoteIdentifier(name))"

        case .createView(let view, let replacing):
            let kind = view.isMaterialized ? "MATERIALIZED VIEW" : (replacing ? "OR REPLACE VIEW" : "VIEW")
            let options = view.options.isEmpty ? "" : " WITH (\(view.options.map(relationOptionSQL).joined(separator: ", ")))"
            let noData = view.isMaterialized && !view.isPopulated ? "\nWITH NO DATA" : ""
            return "CREATE \(kind) \(view.name.sql)\(options) AS\n\(trimmedStatement(view.definition))\(noData)"
        case .dropView(let name, let materialized):
            return "DROP \(materialized ? "MATERIALIZED VIEW" : "VIEW") \(name.sql)"

        case .createTrigger(let trigger):
            return trigger.definition.isEmpty ? triggerSQL(trigger) : trimmedStatement(trigger.definition)
        case .dropTrigger(let trigger):
            return "DROP TRIGGER \(quoteIdentifier(trigger.name)) ON \(trigger.table.sql)"
        case .setTriggerEnabled(let trigger):
            return "ALTER TABLE \(trigger.table.sql) \(trigger.enabled.keyword) TRIGGER \(quoteIdentifier(trigger.name))"

        case .createPolicy(let policy):
            var sql = "CREATE POLICY \(quoteIdentifier(policy.name)) ON \(policy.table.sql)"
            sql += " AS \(policy.isPermissive ? "PERMISSIVE" : "RESTRICTIVE") FOR \(policy.command.rawValue)"
            sql += " TO " + rolesSQL(policy.roles)
            if let using = policy.using { sql += " USING (\(using))" }
            if let check = policy.withCheck { sql += " WITH CHECK (\(check))" }
            return sql
        case .alterPolicy(let policy):
            var sql = "ALTER POLICY \(quoteIdentifier(policy.name)) ON \(policy.table.sql) TO " + rolesSQL(policy.roles)
            if let using = policy.using { sql += " USING (\(using))" }
            if let check = policy.withCheck { sql += " WITH CHECK (\(check))" }
            return sql
        case .dropPolicy(let policy):
            return "DROP POLICY \(quoteIdentifier(policy.name)) ON \(policy.table.sql)"

        case .setComment(let target, let text):
            return "COMMENT ON \(target.sql) IS \(text.map(quoteLiteral) ?? "NULL")"

        case .setExtensionSchema(let name, let schema):
            return "ALTER EXTENSION \(quoteIdentifier(name)) SET SCHEMA \(quoteIdentifier(schema))"
        case .dropExtensionToMove(let ext, _): return "DROP EXTENSION \(quoteIdentifier(ext.name))"
        case .createEventTrigger(let trigger): return eventTriggerSQL(trigger)
        case .dropEventTrigger(let trigger): return "DROP EVENT TRIGGER \(quoteIdentifier(trigger.name))"
        case .setEventTriggerEnabled(let trigger):
            return "ALTER EVENT TRIGGER \(quoteIdentifier(trigger.name)) \(trigger.enabled.keyword)"
        case .createPublication(let publication): return createPublicationSQL(publication)
        case .dropPublication(let publication): return "DROP PUBLICATION \(quoteIdentifier(publication.name))"
        case .addPublicationTable(let publication, let member):
            return "ALTER PUBLICATION \(quoteIdentifier(publication)) ADD \(publicationMemberSQL(member))"
        case .dropPublicationTable(let publication, let table):
            return "ALTER PUBLICATION \(quoteIdentifier(publication)) DROP TABLE \(table.sql)"
        case .addPublicationSchema(let publication, let schema):
            return "ALTER PUBLICATION \(quoteIdentifier(publication)) ADD TABLES IN SCHEMA \(quoteIdentifier(schema))"
        case .dropPublicationSchema(let publication, let schema):
            return "ALTER PUBLICATION \(quoteIdentifier(publication)) DROP TABLES IN SCHEMA \(quoteIdentifier(schema))"
        case .setPublicationOptions(let publication):
            return "ALTER PUBLICATION \(quoteIdentifier(publication.name)) SET \(publicationOptionsSQL(publication))"
        case .setRelationOptions(let name, let kind, let options):
            return "ALTER \(kind.rawValue) \(name.sql) SET (\(options.map(relationOptionSQL).joined(separator: ", ")))"
        case .resetRelationOptions(let name, let kind, let names):
            return "ALTER \(kind.rawValue) \(name.sql) RESET (\(names.map(relationOptionNameSQL).joined(separator: ", ")))"
        case .setReplicaIdentity(let name, let identity):
            return "ALTER TABLE \(name.sql) REPLICA IDENTITY \(replicaIdentitySQL(identity))"
        case .setColumnStorage(let table, let column, let storage):
            return alterColumn(table, column, "SET STORAGE \(storageKeyword(storage))")
        case .setColumnStatistics(let table, let column, let target):
            return alterColumn(table, column, "SET STATISTICS \(target ?? -1)")
        case .setInherit(let table, let parent, let inherits):
            return "ALTER TABLE \(table.sql) \(inherits ? "INHERIT" : "NO INHERIT") \(parent.sql)"
        case .refreshMaterializedView(let name, let withData):
            return "REFRESH MATERIALIZED VIEW \(name.sql)\(withData ? "" : " WITH NO DATA")"
        case .setTableSchema(let table, let schema):
            return "ALTER TABLE \(table.sql) SET SCHEMA \(quoteIdentifier(schema))"
        case .convertColumnType(let table, let column, let type, let collation, let using, _):
            return Change.alterColumnType(table, column: column, type: type, collation: collation, using: using).sql
        case .dropColumnLosingValues(let table, let column, _):
            return Change.dropColumn(table, column: column).sql
        case .grant(let target, let statement): return statement.grantSQL(on: target.sql)
        case .revoke(let target, let statement): return statement.revokeSQL(on: target.sql)
        case .alterDefaultPrivileges(let role, let schema, let type, let isGrant, let statement):
            var sql = "ALTER DEFAULT PRIVILEGES FOR ROLE \(quoteIdentifier(role))"
            if let schema { sql += " IN SCHEMA \(quoteIdentifier(schema))" }
            let on = type.rawValue
            return sql + " " + (isGrant ? statement.grantSQL(on: on) : statement.revokeSQL(on: on))
        case .setOwner(let object, let role): return "ALTER \(object.sql) OWNER TO \(quoteIdentifier(role))"
        }
    }
}

extension QualifiedName {
    /// The quoted, schema-qualified SQL name.
    var sql: String { qualifiedName(schema, name) }
}

extension FunctionSignature {
    /// `"schema"."name"(identity arguments)`.
    var sql: String { name.sql + "(" + identityArguments + ")" }
}

extension CommentTarget {
    var sql: String {
        switch self {
        case .schema(let name): return "SCHEMA \(quoteIdentifier(name))"
        case .extension(let name): return "EXTENSION \(quoteIdentifier(name))"
        case .type(let name): return "TYPE \(name.sql)"
        case .domain(let name): return "DOMAIN \(name.sql)"
        case .sequence(let name): return "SEQUENCE \(name.sql)"
        case .table(let name): return "TABLE \(name.sql)"
        case .column(let relation, let column): return "COLUMN \(relation.sql).\(quoteIdentifier(column))"
        case .view(let name, let materialized): return "\(materialized ? "MATERIALIZED VIEW" : "VIEW") \(name.sql)"
        case .constraint(let table, let name): return "CONSTRAINT \(quoteIdentifier(name)) ON \(table.sql)"
        case .domainConstraint(let domain, let name): return "CONSTRAINT \(quoteIdentifier(name)) ON DOMAIN \(domain.sql)"
        case .index(let name): return "INDEX \(name.sql)"
        case .function(let signature): return "\(signature.kind.rawValue) \(signature.sql)"
        case .trigger(let table, let name): return "TRIGGER \(quoteIdentifier(name)) ON \(table.sql)"
        case .policy(let table, let name): return "POLICY \(quoteIdentifier(name)) ON \(table.sql)"
        case .eventTrigger(let name): return "EVENT TRIGGER \(quoteIdentifier(name))"
        case .publication(let name): return "PUBLICATION \(quoteIdentifier(name))"
        }
    }
}

/// A statement text from the catalog without surrounding whitespace or a trailing semicolon.
func trimmedStatement(_ text: String) -> String {
    var result = Substring(text)
    while let last = result.last, last.isWhitespace || last == ";" { result = result.dropLast() }
    while let first = result.first, first.isWhitespace { result = result.dropFirst() }
    return String(result)
}

/// A collation name: kept when the catalog already holds it quoted or qualified, quoted otherwise.
func collationSQL(_ collation: String) -> String {
    collation.hasPrefix("\"") || collation.contains(".") ? collation : quoteIdentifier(collation)
}

private func alterColumn(_ table: QualifiedName, _ column: String, _ action: String) -> String {
    "ALTER TABLE \(table.sql) ALTER COLUMN \(quoteIdentifier(column)) \(action)"
}

private func rolesSQL(_ roles: [String]) -> String {
    let names = roles.isEmpty ? ["public"] : roles
    return names.map { ["public", "current_user", "session_user", "current_role"].contains($0) ? $0 : quoteIdentifier($0) }
        .joined(separator: ", ")
}

/// ` START WITH 1 INCREMENT BY 1 …` for the options that are set. An ALTER states every option, unset ones as their
/// defaults (`NO MINVALUE`, `INCREMENT BY 1`, `CACHE 1`, the start the bounds imply), so that an option going back
/// to its default is not left as it was.
func sequenceOptionsSQL(_ options: SequenceOptions, forAlter: Bool) -> String {
    var sql = ""
    if let value = options.increment { sql += " INCREMENT BY \(value)" } else if forAlter { sql += " INCREMENT BY 1" }
    if let value = options.minValue { sql += " MINVALUE \(value)" } else if forAlter { sql += " NO MINVALUE" }
    if let value = options.maxValue { sql += " MAXVALUE \(value)" } else if forAlter { sql += " NO MAXVALUE" }
    if let value = options.start {
        sql += " START WITH \(value)"
    } else if forAlter {
        sql += " START WITH \(options.defaultStart)"
    }
    if let value = options.cache { sql += " CACHE \(value)" } else if forAlter { sql += " CACHE 1" }
    sql += options.cycle ? " CYCLE" : (forAlter ? " NO CYCLE" : "")
    return sql
}

extension SequenceOptions {
    /// The start Postgres picks when none is given: the minimum of an ascending sequence (1 unless set), the
    /// maximum of a descending one (-1 unless set).
    var defaultStart: Int64 {
        (increment ?? 1) > 0 ? (minValue ?? 1) : (maxValue ?? -1)
    }
}

private func identitySQL(_ identity: Identity) -> String {
    let options = trimmedStatement(sequenceOptionsSQL(identity.options, forAlter: false))
    return "GENERATED \(identity.generation.rawValue) AS IDENTITY" + (options.isEmpty ? "" : " (\(options))")
}

/// A column definition as it appears in `CREATE TABLE` and `ADD COLUMN`.
func columnSQL(_ column: Column) -> String {
    var sql = quoteIdentifier(column.name) + " " + column.type
    if let collation = column.collation { sql += " COLLATE \(collationSQL(collation))" }
    if let expression = column.generatedExpression {
        sql += " GENERATED ALWAYS AS (\(expression)) STORED"
    } else if let identity = column.identity {
        sql += " " + identitySQL(identity)
    } else if let expression = column.defaultExpression {
        sql += " DEFAULT \(expression)"
    }
    if column.isNotNull { sql += " NOT NULL" }
    return sql
}

private func createTableSQL(_ table: Table) -> String {
    let prefix = "CREATE \(table.isUnlogged ? "UNLOGGED " : "")TABLE \(table.name.sql)"
    let storage = table.storageParameters.isEmpty
        ? "" : " WITH (\(table.storageParameters.map(relationOptionSQL).joined(separator: ", ")))"
    if let partition = table.partitionOf {
        return prefix + " PARTITION OF \(partition.parent.sql) \(partition.bound)"
            + (table.partitionKey.map { " PARTITION BY \($0)" } ?? "") + storage
    }
    var items = table.localColumns.map { "    " + columnSQL($0) }
    for constraint in inlineConstraints(of: table) {
        items.append("    CONSTRAINT \(quoteIdentifier(constraint.name)) \(constraint.definition)")
    }
    let body = items.isEmpty ? " ()" : " (\n" + items.joined(separator: ",\n") + "\n)"
    let inherits = table.inheritsFrom.isEmpty
        ? "" : " INHERITS (\(table.inheritsFrom.map(\.sql).joined(separator: ", ")))"
    return prefix + body + inherits + (table.partitionKey.map { " PARTITION BY \($0)" } ?? "") + storage
}

/// A storage parameter or view option `name=value` with the name quoted and the value a literal, e.g.
/// `"fillfactor"='70'`; a name with a namespace (`toast.autovacuum_enabled`) keeps its dot, and spaces around `=`
/// are ignored.
func relationOptionSQL(_ option: String) -> String {
    guard let equals = option.firstIndex(of: "=") else { return relationOptionNameSQL(option) }
    let name = String(option[..<equals])
    let value = option[option.index(after: equals)...].trimmingCharacters(in: .whitespaces)
    return relationOptionNameSQL(name) + "=" + quoteLiteral(value)
}

/// An option name, quoted part by part (`toast.fillfactor` → `"toast"."fillfactor"`).
func relationOptionNameSQL(_ name: String) -> String {
    name.split(separator: ".", omittingEmptySubsequences: false)
        .map { quoteIdentifier($0.trimmingCharacters(in: .whitespaces)) }.joined(separator: ".")
}

private func replicaIdentitySQL(_ identity: ReplicaIdentity) -> String {
    switch identity {
    case .default: return "DEFAULT"
    case .full: return "FULL"
    case .nothing: return "NOTHING"
    case .index(let name): return "USING INDEX \(quoteIdentifier(name))"
    }
}

/// `PLAIN`, `EXTERNAL`, `EXTENDED` or `MAIN`; anything else is refused by Postgres, so it is quoted as a name.
private func storageKeyword(_ storage: String) -> String {
    let upper = storage.uppercased()
    return ["PLAIN", "EXTERNAL", "EXTENDED", "MAIN"].contains(upper) ? upper : quoteIdentifier(storage)
}

/// The constraints `CREATE TABLE` declares inline: validated ones that are not foreign keys, sorted by name.
/// Foreign keys are separate changes so that tables referencing each other can both be created first.
func inlineConstraints(of table: Table) -> [Constraint] {
    guard table.partitionOf == nil else { return [] }
    return table.constraints.values.filter { constraint in
        if case .foreignKey = constraint.kind { return false }
        return constraint.isValidated
    }.sorted { $0.name < $1.name }
}

/// Settings whose value is a list: `proconfig` holds `"My Schema", public`; each element becomes one literal.
private let listSettings: Set<String> = [
    "search_path", "temp_tablespaces", "session_preload_libraries", "local_preload_libraries",
]

private func settingValueSQL(name: String, value: String) -> String {
    guard listSettings.contains(name) else { return quoteLiteral(value) }
    return value.split(separator: ",").map { element in
        var item = element.trimmingCharacters(in: .whitespaces)
        if item.count >= 2 && item.hasPrefix("\"") && item.hasSuffix("\"") {
            item = String(item.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
        }
        return quoteLiteral(item)
    }.joined(separator: ", ")
}

private func functionSQL(_ function: Function) -> String {
    var sql = "CREATE OR REPLACE \(function.kind.rawValue) \(function.name.sql)(\(function.arguments))"
    if let returnType = function.returnType { sql += " RETURNS \(returnType)" }
    sql += " LANGUAGE \(quoteIdentifier(function.language))"
    if function.kind == .function {
        sql += " \(function.volatility.rawValue)"
        if function.isStrict { sql += " STRICT" }
        sql += " PARALLEL \(function.parallel.rawValue)"
    }
    if function.securityDefiner { sql += " SECURITY DEFINER" }
    var tag = "$function$"
    var counter = 0
    while function.body.contains(tag) {
        counter += 1
        tag = "$function\(counter)$"
    }
    return sql + " AS \(tag)\(function.body)\(tag)"
}

private func triggerSQL(_ trigger: Trigger) -> String {
    let events = trigger.events.map { event in
        event == .update && !trigger.updateColumns.isEmpty
            ? "UPDATE OF " + trigger.updateColumns.map(quoteIdentifier).joined(separator: ", ") : event.rawValue
    }
    var sql = "CREATE TRIGGER \(quoteIdentifier(trigger.name)) \(trigger.timing.rawValue) "
    sql += events.joined(separator: " OR ") + " ON \(trigger.table.sql)"
    sql += trigger.forEachRow ? " FOR EACH ROW" : " FOR EACH STATEMENT"
    if let condition = trigger.when { sql += " WHEN (\(condition))" }
    return sql + " EXECUTE FUNCTION \(trigger.function.sql)(\(trigger.functionArguments.map(quoteLiteral).joined(separator: ", ")))"
}

extension Trigger.EnabledState {
    /// `ENABLE`, `DISABLE`, `ENABLE REPLICA` or `ENABLE ALWAYS`, for `ALTER TABLE … TRIGGER` and `ALTER EVENT TRIGGER`.
    var keyword: String {
        switch self {
        case .origin: return "ENABLE"
        case .disabled: return "DISABLE"
        case .replica: return "ENABLE REPLICA"
        case .always: return "ENABLE ALWAYS"
        }
    }
}
