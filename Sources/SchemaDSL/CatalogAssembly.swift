import Catalog

/// Turns the DSL declarations into a `Catalog` and `SchemaHints`, keeping the declarations themselves for
/// validation (which needs source locations, and sees duplicates that a keyed catalog would hide).
struct CatalogAssembly {
    var schemas: [Schema] = []
    var extensions: [Extension] = []
    var roles: [Role] = []
    var enums: [Enum] = []
    var domains: [Domain] = []
    var compositeTypes: [CompositeType] = []
    var sequences: [DatabaseSequence] = []
    var tables: [Table] = []
    var views: [View] = []
    var functions: [Function] = []
    /// Indexes and policies declared outside a table body, attached to their table (or view) by name.
    var detachedIndexes: [Index] = []
    var detachedPolicies: [Policy] = []
    var eventTriggers: [EventTrigger] = []
    var publications: [Publication] = []
    var defaultPrivileges: [DefaultPrivileges] = []

    var catalog = Catalog()
    var hints = SchemaHints()
    var locations: [String: SourceLocation] = [:]

    init(_ elements: [SchemaElement]) {
        for element in elements {
            switch element.content {
            case .schema(let schema): schemas.append(schema)
            case .extension(let value): extensions.append(value)
            case .role(let role): roles.append(role)
            case .enum(let value): enums.append(value)
            case .domain(let domain): domains.append(domain)
            case .compositeType(let type): compositeTypes.append(type)
            case .sequence(let sequence): sequences.append(sequence)
            case .table(let table): tables.append(table)
            case .view(let view): views.append(view)
            case .function(let function): functions.append(function)
            case .index(let index): detachedIndexes.append(index)
            case .policy(let policy): detachedPolicies.append(policy)
            case .eventTrigger(let trigger): eventTriggers.append(trigger)
            case .publication(let publication): publications.append(publication)
            case .defaultPrivileges(let entry): defaultPrivileges.append(entry)
            }
        }
        addTypesAndNamespaces()
        for table in tables { add(table) }
        for view in views { add(view) }
        for function in functions {
            let value = function.catalogFunction
            catalog.add(value)
            locations[ObjectDescription.function(value.key)] = function.location
        }
        attachDetached()
        for trigger in eventTriggers {
            catalog.add(trigger.catalogEventTrigger)
            locations[ObjectDescription.eventTrigger(trigger.name)] = trigger.location
        }
        for publication in publications {
            catalog.add(publication.catalogPublication)
            locations[ObjectDescription.publication(publication.name)] = publication.location
        }
        applyAccess()
    }

    /// Owners and privileges of every declared object, and the default privileges.
    private mutating func applyAccess() {
        func apply<Object: AccessControlled>(_ access: Access, at key: String, in objects: inout [String: Object]) {
            objects.setAccess(owner: access.owner, privileges: access.privileges, at: key)
        }
        for schema in schemas { apply(schema.access, at: schema.name, in: &catalog.schemas) }
        for table in tables { apply(table.access, at: table.reference.name.key, in: &catalog.tables) }
        for view in views { apply(view.access, at: view.name.key, in: &catalog.views) }
        for sequence in sequences { apply(sequence.access, at: sequence.name.key, in: &catalog.sequences) }
        for function in functions { apply(function.access, at: function.catalogFunction.key, in: &catalog.functions) }
        for value in enums { apply(value.access, at: value.name.key, in: &catalog.enums) }
        for type in compositeTypes { apply(type.access, at: type.name.key, in: &catalog.compositeTypes) }
        for domain in domains { apply(domain.access, at: domain.name.key, in: &catalog.domains) }
        for entry in defaultPrivileges { catalog.add(entry.catalogEntry) }
    }

    private mutating func addTypesAndNamespaces() {
        for schema in schemas {
            catalog.add(CatalogSchema(name: schema.name, comment: schema.comment))
            if let oldName = schema.oldName { hints.renamedSchemas[schema.name] = oldName }
            locations[ObjectDescription.schema(schema.name)] = schema.location
        }
        for value in extensions {
            catalog.add(CatalogExtension(name: value.name, schema: value.schema, version: value.version))
            locations[ObjectDescription.extension(value.name)] = value.location
        }
        for value in enums {
            catalog.add(value.catalogEnum)
            if !value.oldLabels.isEmpty { hints.renamedEnumLabels[value.name.key] = value.oldLabels }
            locations[ObjectDescription.type(value.name)] = value.location
        }
        for domain in domains {
            catalog.add(domain.catalogDomain)
            locations[ObjectDescription.type(domain.name)] = domain.location
        }
        for type in compositeTypes {
            catalog.add(type.catalogType)
            locations[ObjectDescription.type(type.name)] = type.location
        }
        for sequence in sequences {
            catalog.add(sequence.catalogSequence)
            locations[ObjectDescription.relation(sequence.name)] = sequence.location
        }
    }

    private mutating func add(_ table: Table) {
        let name = table.reference.name
        let constraints = table.constraints
        var primaryKeyColumns: Set<String> = []
        for case .primaryKey(let key) in constraints { primaryKeyColumns.formUnion(key.columns) }
        let columns = table.columns.map { column in
            var value = CatalogColumn(
                name: column.name, type: column.type.sql, collation: column.collation,
                isNotNull: column.isNotNull || primaryKeyColumns.contains(column.name),
                defaultExpression: column.defaultValue?.sql, identity: column.identity,
                generatedExpression: column.generatedExpression, comment: column.comment)
            value.storage = column.storage?.rawValue
            value.statisticsTarget = column.statisticsTarget
            return value
        }
        var value = CatalogTable(
            name: name, columns: columns, comment: table.comment, isUnlogged: table.isUnlogged,
            partitionKey: table.partitionKey?.sql,
            partitionOf: table.partitionOf.map { PartitionBound(parent: $0.parent.name, bound: $0.bound) },
            rowLevelSecurity: table.rowLevelSecurity, forceRowLevelSecurity: table.forceRowLevelSecurity)
        value.storageParameters = table.storageParameters.sorted()
        value.replicaIdentity = table.replicaIdentity
        value.inheritsFrom = table.parents.map(\.name)
        locations[ObjectDescription.relation(name)] = table.location
        if let oldName = table.oldName { hints.renamedTables[name.key] = oldName }
        if let oldSchema = table.oldSchema { hints.movedTables[name.key] = oldSchema }
        for column in table.columns {
            if let oldName = column.oldName { hints.renamedColumns[name.key, default: [:]][column.name] = oldName }
            locations[ObjectDescription.column(name, column.name)] = column.location
        }
        let previousTableName = table.oldName ?? name.name
        let previousColumnNames = Dictionary(
            table.columns.compactMap { column in column.oldName.map { (column.name, $0) } },
            uniquingKeysWith: { a, _ in a })
        let previousColumnName = { (column: String) in previousColumnNames[column] ?? column }
        for constraint in constraints {
            let catalogConstraint = constraint.catalogConstraint(table: name)
            value.constraints[catalogConstraint.name] = catalogConstraint
            // Postgres keeps a constraint's name when its table or columns are renamed, so a default-named one
            // must be renamed along with them.
            let previousDefault =
                constraint.explicitName == nil
                ? constraint.defaultName(table: previousTableName, columnNames: previousColumnName) : nil
            if let oldName = constraint.oldName ?? previousDefault, oldName != catalogConstraint.name {
                hints.renamedConstraints[name.key, default: [:]][catalogConstraint.name] = oldName
            }
            locations[ObjectDescription.constraint(catalogConstraint.name, on: name)] = constraint.location
        }
        for trigger in table.triggers {
            value.triggers[trigger.name] = trigger.catalogTrigger(on: name)
            locations[ObjectDescription.trigger(trigger.name, on: name)] = trigger.location
        }
        catalog.add(value)
        for index in table.indexes {
            attach(index, to: name)
            let newName = index.name(table: name.name)
            if index.oldName == nil, index.explicitName == nil {
                let previous = index.defaultName(table: previousTableName, columnNames: previousColumnName)
                if previous != newName { hints.renamedIndexes[name.key, default: [:]][newName] = previous }
            }
        }
        for policy in table.policies { attach(policy, to: name) }
    }

    private mutating func add(_ view: View) {
        catalog.add(view.catalogView)
        locations[ObjectDescription.relation(view.name)] = view.location
        for trigger in view.triggers {
            locations[ObjectDescription.trigger(trigger.name, on: view.name)] = trigger.location
        }
        for index in view.indexes { record(index, on: view.name) }
    }

    private mutating func attachDetached() {
        for index in detachedIndexes {
            guard let table = index.table?.name else { continue }
            if catalog.views[table.key] != nil {
                catalog.views[table.key]?.indexes[index.name(table: table.name)] = index.catalogIndex(on: table)
                record(index, on: table)
            } else if catalog.tables[table.key] != nil {
                attach(index, to: table)
            }
        }
        for policy in detachedPolicies {
            guard let table = policy.table?.name, catalog.tables[table.key] != nil else { continue }
            attach(policy, to: table)
        }
    }

    private mutating func attach(_ index: Index, to table: QualifiedName) {
        let value = index.catalogIndex(on: table)
        catalog.tables[table.key]?.indexes[value.name] = value
        record(index, on: table)
    }

    /// Rename and concurrency hints and the location of an index of `relation`.
    private mutating func record(_ index: Index, on relation: QualifiedName) {
        let name = index.name(table: relation.name)
        if let oldName = index.oldName { hints.renamedIndexes[relation.key, default: [:]][name] = oldName }
        if index.isConcurrent { hints.concurrentIndexes.insert(QualifiedName(relation.schema, name).key) }
        locations[ObjectDescription.relation(QualifiedName(relation.schema, name))] = index.location
    }

    private mutating func attach(_ policy: Policy, to table: QualifiedName) {
        catalog.tables[table.key]?.policies[policy.name] = policy.catalogPolicy(on: table)
        locations[ObjectDescription.policy(policy.name, on: table)] = policy.location
    }
}

/// How objects are named in validation messages and in `DesiredSchema.locations`, e.g. `relation app.posts`,
/// `constraint posts_pkey on app.posts`; a loader uses the same names to trace a failing statement to its declaration.
public enum ObjectDescription {
    /// A schema: `schema app`.
    public static func schema(_ name: String) -> String { "schema \(name)" }
    /// An extension: `extension pg_trgm`.
    public static func `extension`(_ name: String) -> String { "extension \(name)" }
    /// An enum, domain or composite type: `type app.post_status`.
    public static func type(_ name: QualifiedName) -> String { "type \(name.key)" }
    /// Tables, views, sequences and indexes share one namespace per schema, so they share one description.
    public static func relation(_ name: QualifiedName) -> String { "relation \(name.key)" }
    /// A table column: `column app.posts.title`.
    public static func column(_ table: QualifiedName, _ column: String) -> String { "column \(table.key).\(column)" }
    /// A table constraint: `constraint posts_pkey on app.posts`.
    public static func constraint(_ name: String, on table: QualifiedName) -> String {
        "constraint \(name) on \(table.key)"
    }
    /// A trigger: `trigger posts_touch on app.posts`.
    public static func trigger(_ name: String, on table: QualifiedName) -> String { "trigger \(name) on \(table.key)" }
    /// A policy: `policy tenant_isolation on app.posts`.
    public static func policy(_ name: String, on table: QualifiedName) -> String { "policy \(name) on \(table.key)" }
    /// A function by catalog key: `function app.f(org uuid)`.
    public static func function(_ key: String) -> String { "function \(key)" }
    /// An event trigger (database-wide): `event trigger log_ddl`.
    public static func eventTrigger(_ name: String) -> String { "event trigger \(name)" }
    /// A publication (database-wide): `publication orders_pub`.
    public static func publication(_ name: String) -> String { "publication \(name)" }
}
