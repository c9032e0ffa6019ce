import Catalog
import SQLSyntax

/// Checks a DSL schema for mistakes Postgres would reject (or silently get wrong) before anything touches a
/// database: duplicate and over-long names, references to unknown tables, columns, types, roles and functions,
/// primary keys on nullable columns, enum defaults that are not labels.
struct SchemaValidation {
    private(set) var problems: [SchemaProblem] = []
    let assembly: CatalogAssembly
    let declaredSchemas: Set<String>
    let declaredRoles: Set<String>

    init(_ assembly: CatalogAssembly) {
        self.assembly = assembly
        self.declaredSchemas = Set(assembly.schemas.map(\.name)).union(["public"])
        self.declaredRoles = Set(assembly.roles.map(\.name))
        checkNamespaces()
        checkTypes()
        for table in assembly.tables { check(table) }
        checkDetached()
        checkViewsSequencesAndFunctions()
        checkEventTriggersAndPublications()
        checkAccess()
    }

    mutating func report(_ object: String, _ message: String, at location: SourceLocation?) {
        problems.append(SchemaProblem(object: object, message: message, location: location))
    }

    private mutating func checkIdentifier(_ name: String, _ object: String, at location: SourceLocation) {
        if let problem = identifierProblem(name) { report(object, problem, at: location) }
    }

    /// Reports every name that appears more than once among `items`.
    private mutating func checkUnique<Item>(
        _ items: [Item], kind: String, name: (Item) -> String, object: (Item) -> String,
        location: (Item) -> SourceLocation
    ) {
        var seen: [String: SourceLocation] = [:]
        for item in items {
            let key = name(item)
            if let first = seen[key] {
                report(
                    object(item), "duplicate \(kind) name \(quoteIdentifier(key)); first declared at \(first)",
                    at: location(item))
            } else {
                seen[key] = location(item)
            }
        }
    }

    private mutating func checkSchema(_ schema: String, of object: String, at location: SourceLocation) {
        if !declaredSchemas.contains(schema) {
            report(object, "schema \(quoteIdentifier(schema)) is not declared; add Schema(\"\(schema)\")", at: location)
        }
    }

    // MARK: - Names shared per schema

    private mutating func checkNamespaces() {
        checkUnique(
            assembly.schemas, kind: "schema", name: \.name, object: { ObjectDescription.schema($0.name) },
            location: \.location)
        checkUnique(
            assembly.extensions, kind: "extension", name: \.name, object: { ObjectDescription.extension($0.name) },
            location: \.location)
        checkUnique(assembly.roles, kind: "role", name: \.name, object: { "role \($0.name)" }, location: \.location)
        for schema in assembly.schemas {
            checkIdentifier(schema.name, ObjectDescription.schema(schema.name), at: schema.location)
        }
        for role in assembly.roles { checkIdentifier(role.name, "role \(role.name)", at: role.location) }
        for value in assembly.extensions {
            checkIdentifier(value.name, ObjectDescription.extension(value.name), at: value.location)
            checkSchema(value.schema, of: ObjectDescription.extension(value.name), at: value.location)
        }

        // Tables, views, sequences and indexes (including those behind constraints) share one namespace per schema.
        var relations: [(name: QualifiedName, location: SourceLocation)] = []
        relations += assembly.tables.map { ($0.reference.name, $0.location) }
        relations += assembly.views.map { ($0.name, $0.location) }
        relations += assembly.sequences.map { ($0.name, $0.location) }
        for table in assembly.tables {
            let name = table.reference.name
            for index in table.indexes {
                relations.append((QualifiedName(name.schema, index.name(table: name.name)), index.location))
            }
            for constraint in table.constraints where constraint.hasIndex {
                relations.append((QualifiedName(name.schema, constraint.name(table: name.name)), constraint.location))
            }
        }
        for view in assembly.views {
            for index in view.indexes {
                relations.append((QualifiedName(view.name.schema, index.name(table: view.name.name)), index.location))
            }
        }
        for index in assembly.detachedIndexes {
            guard let table = index.table?.name else { continue }
            relations.append((QualifiedName(table.schema, index.name(table: table.name)), index.location))
        }
        checkUnique(
            relations, kind: "relation", name: { $0.name.key }, object: { ObjectDescription.relation($0.name) },
            location: \.location)
        for relation in relations {
            checkIdentifier(relation.name.name, ObjectDescription.relation(relation.name), at: relation.location)
            checkSchema(relation.name.schema, of: ObjectDescription.relation(relation.name), at: relation.location)
        }

        // Types share a namespace with tables and views (each has a row type).
        var types: [(name: QualifiedName, location: SourceLocation)] = []
        types += assembly.enums.map { ($0.name, $0.location) }
        types += assembly.domains.map { ($0.name, $0.location) }
        types += assembly.compositeTypes.map { ($0.name, $0.location) }
        checkUnique(
            types, kind: "type", name: { $0.name.key }, object: { ObjectDescription.type($0.name) },
            location: \.location)
        let rowTypes =
            assembly.tables.map { ($0.reference.name, $0.location) } + assembly.views.map { ($0.name, $0.location) }
        for (name, location) in rowTypes {
            if let type = types.first(where: { $0.name == name }) {
                report(
                    ObjectDescription.type(name),
                    "a table or view has the same name as the type declared at \(type.location); rename one of them",
                    at: location)
            }
        }
        for type in types {
            checkIdentifier(type.name.name, ObjectDescription.type(type.name), at: type.location)
            checkSchema(type.name.schema, of: ObjectDescription.type(type.name), at: type.location)
        }
    }

    // MARK: - Types

    private mutating func checkTypes() {
        for value in assembly.enums {
            let object = ObjectDescription.type(value.name)
            checkUnique(
                value.labels.map { ($0, value.location) }, kind: "label", name: \.0, object: { _ in object },
                location: \.1)
            for label in value.labels { checkIdentifier(label, object, at: value.location) }
            for (label, oldLabel) in value.oldLabels.sorted(by: { $0.key < $1.key }) where !value.labels.contains(label)
            {
                report(
                    object,
                    "rename hint for label \(quoteLiteral(label)) (from \(quoteLiteral(oldLabel))) names no label of this enum",
                    at: value.location)
            }
        }
        for domain in assembly.domains {
            checkType(domain.baseType, of: ObjectDescription.type(domain.name), at: domain.location)
            checkUnique(
                domain.checks.map { ($0.name, domain.location) }, kind: "constraint", name: \.0,
                object: { _ in ObjectDescription.type(domain.name) }, location: \.1)
        }
        for type in assembly.compositeTypes {
            let object = ObjectDescription.type(type.name)
            checkUnique(
                type.attributes.map { ($0.name, type.location) }, kind: "attribute", name: \.0, object: { _ in object },
                location: \.1)
            for attribute in type.attributes {
                checkIdentifier(attribute.name, object, at: type.location)
                checkType(attribute.type, of: object, at: type.location)
            }
            let names = Set(type.attributes.map(\.name))
            for attribute in type.attributeComments.keys.sorted() where !names.contains(attribute) {
                report(object, "comment on attribute \(quoteIdentifier(attribute)), which the type does not have", at: type.location)
            }
        }
    }

    /// A user type (enum, domain, composite, table row type) must be declared in this schema.
    private mutating func checkType(_ type: ColumnType, of object: String, at location: SourceLocation) {
        guard let name = type.userType else { return }
        let catalog = assembly.catalog
        let key = name.key
        if catalog.enums[key] == nil, catalog.domains[key] == nil, catalog.compositeTypes[key] == nil,
            catalog.tables[key] == nil
        {
            report(
                object,
                "type \(name.key) is not declared; add Enum, Domain or CompositeType \"\(name.name)\" in schema \"\(name.schema)\"",
                at: location)
        }
    }

    // MARK: - Tables

    private mutating func check(_ table: Table) {
        let name = table.reference.name
        let tableObject = ObjectDescription.relation(name)
        let columnNames = Set(table.columns.map(\.name)).union(inheritedColumnNames(of: table))
        checkUnique(
            table.columns, kind: "column", name: \.name, object: { ObjectDescription.column(name, $0.name) },
            location: \.location)
        checkUnique(
            table.constraints, kind: "constraint", name: { $0.name(table: name.name) },
            object: { ObjectDescription.constraint($0.name(table: name.name), on: name) }, location: \.location)
        checkUnique(
            table.triggers, kind: "trigger", name: \.name, object: { ObjectDescription.trigger($0.name, on: name) },
            location: \.location)
        checkUnique(
            table.policies, kind: "policy", name: \.name, object: { ObjectDescription.policy($0.name, on: name) },
            location: \.location)

        for column in table.columns { check(column, of: name) }
        let primaryKeys = table.constraints.filter { if case .primaryKey = $0 { true } else { false } }
        if primaryKeys.count > 1 {
            report(
                tableObject,
                "has \(primaryKeys.count) primary keys; a table can have only one (use Unique for the others)",
                at: primaryKeys[1].location)
        }
        for constraint in table.constraints { check(constraint, of: table, columns: columnNames) }
        for index in table.indexes { check(index, on: name, columns: columnNames) }
        for trigger in table.triggers { check(trigger, on: name, columns: columnNames) }
        for policy in table.policies { check(policy, on: name) }
        checkReplicaIdentity(of: table)
        if let partition = table.partitionOf {
            let parent = assembly.tables.first { $0.reference.name == partition.parent.name }
            if parent == nil {
                report(tableObject, "is a partition of unknown table \(partition.parent.name.key)", at: table.location)
            } else if parent?.partitionKey == nil {
                report(
                    tableObject,
                    "is a partition of \(partition.parent.name.key), which is not partitioned; add .partitioned(by:) to it",
                    at: table.location)
            }
        }
    }

    /// `replicaIdentity(.index(name))` must name an index or constraint index of the same table.
    private mutating func checkReplicaIdentity(of table: Table) {
        guard case .index(let indexName) = table.replicaIdentity else { return }
        let name = table.reference.name
        var indexNames = Set(table.indexes.map { $0.name(table: name.name) })
        indexNames.formUnion(table.constraints.filter(\.hasIndex).map { $0.name(table: name.name) })
        for index in assembly.detachedIndexes where index.table?.name == name {
            indexNames.insert(index.name(table: name.name))
        }
        if !indexNames.contains(indexName) {
            report(
                ObjectDescription.relation(name),
                "uses unknown index \(quoteIdentifier(indexName)) as its replica identity; declare a unique index of the table",
                at: table.location)
        }
    }

    /// Columns a table gets from its `inherits(…)` parents (transitively); reports parents that are not declared.
    private mutating func inheritedColumnNames(of table: Table) -> Set<String> {
        var names: Set<String> = []
        var visited: Set<QualifiedName> = [table.reference.name]
        var pending = table.parents.map(\.name)
        while let parentName = pending.popLast() {
            guard visited.insert(parentName).inserted else { continue }
            guard let parent = assembly.tables.first(where: { $0.reference.name == parentName }) else {
                if table.parents.contains(where: { $0.name == parentName }) {
                    report(
                        ObjectDescription.relation(table.reference.name), "inherits from unknown table \(parentName.key)",
                        at: table.location)
                }
                continue
            }
            names.formUnion(parent.columns.map(\.name))
            pending += parent.parents.map(\.name)
        }
        return names
    }

    private mutating func check(_ column: Column, of table: QualifiedName) {
        let object = ObjectDescription.column(table, column.name)
        checkIdentifier(column.name, object, at: column.location)
        checkType(column.type, of: object, at: column.location)
        let isPrimaryKey = column.constraints.contains { if case .primaryKey = $0 { true } else { false } }
        if isPrimaryKey, column.isExplicitlyNullable {
            report(
                object, "is part of the primary key but marked nullable(); primary key columns are NOT NULL",
                at: column.location)
        }
        if column.identity != nil, column.defaultValue != nil {
            report(
                object, "has both an identity and a default; an identity column takes its values from its sequence",
                at: column.location)
        }
        if column.generatedExpression != nil, column.defaultValue != nil || column.identity != nil {
            report(object, "is generated, so it cannot also have a default or an identity", at: column.location)
        }
        if let userType = column.type.userType, !column.type.sql.hasSuffix("[]"),
            let labels = assembly.catalog.enums[userType.key]?.labels,
            let value = column.defaultValue?.stringValue, !labels.contains(value)
        {
            report(
                object,
                "default \(quoteLiteral(value)) is not a label of enum \(userType.key) (labels: \(labels.joined(separator: ", ")))",
                at: column.location)
        }
    }

    private mutating func check(_ constraint: TableConstraint, of table: Table, columns: Set<String>) {
        let name = table.reference.name
        let object = ObjectDescription.constraint(constraint.name(table: name.name), on: name)
        checkIdentifier(constraint.name(table: name.name), object, at: constraint.location)
        let ownColumns: [String]
        switch constraint {
        case .primaryKey(let key):
            ownColumns = key.columns
            // A nullable column with its own `.primaryKey()` is reported on the column.
            for column in table.columns
            where key.columns.contains(column.name) && column.isExplicitlyNullable
                && key.location != column.location
            {
                report(
                    object,
                    "includes column \(quoteIdentifier(column.name)), which is marked nullable(); primary key columns are NOT NULL",
                    at: constraint.location)
            }
        case .unique(let unique): ownColumns = unique.columns
        case .foreignKey(let key):
            ownColumns = key.columns
            check(key, object: object)
        case .check: ownColumns = []
        case .exclusion(let exclusion): ownColumns = exclusion.elements.filter(\.isColumn).map(\.expression)
        }
        if ownColumns.isEmpty, !{ if case .check = constraint { true } else { false } }() {
            report(object, "names no columns", at: constraint.location)
        }
        for column in ownColumns where !columns.contains(column) {
            report(
                object, "refers to unknown column \(quoteIdentifier(column)) of \(name.key)", at: constraint.location)
        }
    }

    private mutating func check(_ key: ForeignKey, object: String) {
        if key.columns.count != key.target.count {
            report(object, "has \(key.columns.count) column(s) but references \(key.target.count)", at: key.location)
        }
        guard let targetName = key.referencedTable else { return }
        if key.target.contains(where: { $0.table != targetName }) {
            report(object, "references columns of more than one table", at: key.location)
            return
        }
        guard let target = assembly.tables.first(where: { $0.reference.name == targetName }) else {
            report(object, "references unknown table \(targetName.key)", at: key.location)
            return
        }
        let targetColumns = Set(target.columns.map(\.name))
        for column in key.target where !targetColumns.contains(column.name) {
            report(
                object, "references unknown column \(quoteIdentifier(column.name)) of \(targetName.key)",
                at: key.location)
        }
        let referenced = Set(key.target.map(\.name))
        let hasMatchingKey =
            target.constraints.contains { constraint in
                switch constraint {
                case .primaryKey(let candidate): Set(candidate.columns) == referenced
                case .unique(let candidate): Set(candidate.columns) == referenced
                default: false
                }
            }
            || target.indexes.contains {
                $0.isUnique && $0.predicate == nil && Set($0.parts.map(\.expression)) == referenced
                    && $0.parts.allSatisfy(\.isColumn)
            }
        if referenced.isSubset(of: targetColumns), !hasMatchingKey {
            report(
                object,
                "references \(targetName.key)(\(key.target.map(\.name).joined(separator: ", "))), which is not its primary key or a unique constraint",
                at: key.location)
        }
    }

    private mutating func check(_ index: Index, on relation: QualifiedName, columns: Set<String>) {
        let object = ObjectDescription.relation(QualifiedName(relation.schema, index.name(table: relation.name)))
        if index.parts.isEmpty { report(object, "has no keys", at: index.location) }
        for part in index.parts where part.isColumn && !columns.contains(part.expression) {
            report(
                object, "indexes unknown column \(quoteIdentifier(part.expression)) of \(relation.key)",
                at: index.location)
        }
        for column in index.includedColumns where !columns.contains(column) {
            report(object, "includes unknown column \(quoteIdentifier(column)) of \(relation.key)", at: index.location)
        }
    }

    private mutating func check(_ trigger: Trigger, on table: QualifiedName, columns: Set<String>) {
        let object = ObjectDescription.trigger(trigger.name, on: table)
        checkIdentifier(trigger.name, object, at: trigger.location)
        for column in trigger.updateColumns where !columns.contains(column) {
            report(object, "fires on update of unknown column \(quoteIdentifier(column))", at: trigger.location)
        }
        if trigger.events.isEmpty { report(object, "has no events", at: trigger.location) }
        if trigger.isDeclaredFunction {
            let function = assembly.catalog.functions[CatalogFunction.key(trigger.function, identityArguments: "")]
            if function?.returnType != "trigger" {
                report(
                    object,
                    "executes \(trigger.function.key)(), which must be a function without parameters declared with returns: .trigger",
                    at: trigger.location)
            }
        }
    }

    private mutating func check(_ policy: Policy, on table: QualifiedName) {
        let object = ObjectDescription.policy(policy.name, on: table)
        checkIdentifier(policy.name, object, at: policy.location)
        for role in policy.roles
        where !declaredRoles.contains(role) && !["public", "current_user", "session_user"].contains(role.lowercased()) {
            report(
                object,
                "applies to role \(quoteIdentifier(role)), which is not declared; add Role(\"\(role)\") (roles are cluster-wide and must exist before the schema is applied)",
                at: policy.location)
        }
        if policy.command == .insert, policy.usingExpression != nil {
            report(object, "is FOR INSERT, which takes only withCheck(…), not using(…)", at: policy.location)
        }
        if [.select, .delete].contains(policy.command), policy.withCheckExpression != nil {
            report(
                object, "is FOR \(policy.command.rawValue), which takes only using(…), not withCheck(…)",
                at: policy.location)
        }
    }

    // MARK: - Objects declared outside a table

    private mutating func checkDetached() {
        for index in assembly.detachedIndexes {
            guard let relation = index.table?.name else { continue }
            if let table = assembly.tables.first(where: { $0.reference.name == relation }) {
                check(index, on: relation, columns: Set(table.columns.map(\.name)))
            } else if assembly.views.first(where: { $0.name == relation && $0.isMaterialized }) == nil {
                report(
                    ObjectDescription.relation(QualifiedName(relation.schema, index.name(table: relation.name))),
                    "is on unknown table \(relation.key)", at: index.location)
            }
        }
        for policy in assembly.detachedPolicies {
            guard let relation = policy.table?.name else { continue }
            if assembly.tables.contains(where: { $0.reference.name == relation }) {
                check(policy, on: relation)
            } else {
                report(
                    ObjectDescription.policy(policy.name, on: relation), "is on unknown table \(relation.key)",
                    at: policy.location)
            }
        }
        let policies =
            assembly.tables.flatMap { table in table.policies.map { (table.reference.name, $0) } }
            + assembly.detachedPolicies.compactMap { policy in policy.table.map { ($0.name, policy) } }
        checkUnique(
            policies, kind: "policy", name: { "\($0.0.key) \($0.1.name)" },
            object: { ObjectDescription.policy($0.1.name, on: $0.0) }, location: \.1.location)
    }

    private mutating func checkViewsSequencesAndFunctions() {
        for view in assembly.views where !view.isMaterialized && !view.indexes.isEmpty {
            report(
                ObjectDescription.relation(view.name), "is not materialized, so it cannot have indexes",
                at: view.location)
        }
        for sequence in assembly.sequences {
            let object = ObjectDescription.relation(sequence.name)
            if !["smallint", "integer", "bigint"].contains(sequence.dataType.sql) {
                report(
                    object, "has type \(sequence.dataType.sql); a sequence is smallint, integer or bigint",
                    at: sequence.location)
            }
            if let owner = sequence.ownedBy {
                let table = assembly.tables.first { $0.reference.name == owner.table }
                if table?.columns.contains(where: { $0.name == owner.name }) != true {
                    report(object, "is owned by unknown column \(owner.description)", at: sequence.location)
                }
            }
        }
        checkUnique(
            assembly.functions, kind: "function", name: { $0.catalogFunction.key },
            object: { ObjectDescription.function($0.catalogFunction.key) }, location: \.location)
        for function in assembly.functions {
            let object = ObjectDescription.function(function.catalogFunction.key)
            checkIdentifier(function.name.name, object, at: function.location)
            checkSchema(function.name.schema, of: object, at: function.location)
            for parameter in function.parameters {
                checkIdentifier(parameter.name, object, at: function.location)
                checkType(parameter.type, of: object, at: function.location)
            }
            for setting in function.settings where !isSettingName(setting.name) {
                report(
                    object, "setting name \(quoteLiteral(setting.name)) is not a configuration parameter name",
                    at: function.location)
            }
        }
    }

    /// `statement_timeout`, `app.org_id`: letters, digits, underscores and dots, not starting with a digit.
    private func isSettingName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.properties.isAlphabetic || first == "_" else { return false }
        return name.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == ".")
        }
    }

    // MARK: - Event triggers and publications (database-wide)

    private mutating func checkEventTriggersAndPublications() {
        checkUnique(
            assembly.eventTriggers, kind: "event trigger", name: \.name,
            object: { ObjectDescription.eventTrigger($0.name) }, location: \.location)
        checkUnique(
            assembly.publications, kind: "publication", name: \.name,
            object: { ObjectDescription.publication($0.name) }, location: \.location)
        for trigger in assembly.eventTriggers {
            let object = ObjectDescription.eventTrigger(trigger.name)
            checkIdentifier(trigger.name, object, at: trigger.location)
            guard trigger.isDeclaredFunction else { continue }
            let function = assembly.catalog.functions[CatalogFunction.key(trigger.function, identityArguments: "")]
            if function?.returnType != "event_trigger" {
                report(
                    object,
                    "executes \(trigger.function.key)(), which must be a function without parameters declared with returns: .eventTrigger",
                    at: trigger.location)
            }
        }
        for publication in assembly.publications {
            let object = ObjectDescription.publication(publication.name)
            checkIdentifier(publication.name, object, at: publication.location)
            if publication.allTables && !(publication.members.isEmpty && publication.schemas.isEmpty) {
                report(object, "is FOR ALL TABLES and cannot also list tables or schemas", at: publication.location)
            }
            for schema in publication.schemas { checkSchema(schema, of: object, at: publication.location) }
            for member in publication.members {
                guard let table = assembly.catalog.tables[member.table.key] else {
                    report(object, "publishes unknown table \(member.table.key)", at: publication.location)
                    continue
                }
                let columns = Set(table.columns.map(\.name))
                for column in member.columns ?? [] where !columns.contains(column) {
                    report(
                        object, "publishes unknown column \(quoteIdentifier(column)) of \(member.table.key)",
                        at: publication.location)
                }
            }
        }
    }
}

extension TableConstraint {
    /// Primary key, unique and exclusion constraints are backed by an index with the constraint's name.
    var hasIndex: Bool {
        switch self {
        case .primaryKey, .unique, .exclusion: true
        case .foreignKey, .check: false
        }
    }
}
