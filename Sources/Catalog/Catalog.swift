/// A whole database schema: every object a migration can create, alter or drop.
///
/// Produced by the introspector (live database), by the Swift DSL, and by replaying migrations; compared by the diff.
/// Objects are keyed by `QualifiedName.key` (functions by `Function.key`, which adds the argument types), so JSON
/// output is stable when encoded with sorted keys. Table-scoped objects (columns, constraints, indexes, triggers,
/// policies) live inside their `Table`.
public struct Catalog: Hashable, Codable, Sendable {
    public var schemas: [String: Schema]
    public var extensions: [String: Extension]
    public var enums: [String: EnumType]
    public var domains: [String: Domain]
    public var compositeTypes: [String: CompositeType]
    public var sequences: [String: SequenceDefinition]
    public var tables: [String: Table]
    public var views: [String: View]
    public var functions: [String: Function]
    // MARK: - Default privileges
    /// `ALTER DEFAULT PRIVILEGES` entries, by `DefaultPrivileges.key`.
    public var defaultPrivileges: [String: DefaultPrivileges]

    // MARK: - Database-wide objects tied to the catalog's schemas

    /// Event triggers by name (their function is in one of the catalog's schemas).
    public var eventTriggers: [String: EventTrigger]
    /// Publications by name (they name no table or schema outside the catalog's schemas).
    public var publications: [String: Publication]

    public init(
        schemas: [String: Schema] = [:], extensions: [String: Extension] = [:], enums: [String: EnumType] = [:],
        domains: [String: Domain] = [:], compositeTypes: [String: CompositeType] = [:],
        sequences: [String: SequenceDefinition] = [:], tables: [String: Table] = [:], views: [String: View] = [:],
        functions: [String: Function] = [:], eventTriggers: [String: EventTrigger] = [:],
        publications: [String: Publication] = [:], defaultPrivileges: [String: DefaultPrivileges] = [:]
    ) {
        self.schemas = schemas
        self.extensions = extensions
        self.enums = enums
        self.domains = domains
        self.compositeTypes = compositeTypes
        self.sequences = sequences
        self.tables = tables
        self.views = views
        self.functions = functions
        self.eventTriggers = eventTriggers
        self.publications = publications
        self.defaultPrivileges = defaultPrivileges
    }

    /// True when the catalog holds no objects at all (not even a schema).
    public var isEmpty: Bool { self == Catalog() }

    /// Adds or replaces objects, keyed as described on `Catalog`.
    public mutating func add(_ schema: Schema) { schemas[schema.name] = schema }
    public mutating func add(_ extension_: Extension) { extensions[extension_.name] = extension_ }
    public mutating func add(_ type: EnumType) { enums[type.name.key] = type }
    public mutating func add(_ domain: Domain) { domains[domain.name.key] = domain }
    public mutating func add(_ type: CompositeType) { compositeTypes[type.name.key] = type }
    public mutating func add(_ sequence: SequenceDefinition) { sequences[sequence.name.key] = sequence }
    public mutating func add(_ table: Table) { tables[table.name.key] = table }
    public mutating func add(_ view: View) { views[view.name.key] = view }
    public mutating func add(_ function: Function) { functions[function.key] = function }
    public mutating func add(_ trigger: EventTrigger) { eventTriggers[trigger.name] = trigger }
    public mutating func add(_ publication: Publication) { publications[publication.name] = publication }
    public mutating func add(_ entry: DefaultPrivileges) { defaultPrivileges[entry.key] = entry }

    /// The same catalog restricted to objects in the given schemas (extensions are kept when their schema is, event
    /// triggers when their function's schema is, publications when every schema they name is, default privileges
    /// when they apply to every schema or to a kept one).
    public func filtered(toSchemas names: Set<String>) -> Catalog {
        Catalog(
            schemas: schemas.filter { names.contains($0.key) },
            extensions: extensions.filter { names.contains($0.value.schema) },
            enums: enums.filter { names.contains($0.value.name.schema) },
            domains: domains.filter { names.contains($0.value.name.schema) },
            compositeTypes: compositeTypes.filter { names.contains($0.value.name.schema) },
            sequences: sequences.filter { names.contains($0.value.name.schema) },
            tables: tables.filter { names.contains($0.value.name.schema) },
            views: views.filter { names.contains($0.value.name.schema) },
            functions: functions.filter { names.contains($0.value.name.schema) },
            eventTriggers: eventTriggers.filter { names.contains($0.value.function.schema) },
            publications: publications.filter { $0.value.namedSchemas.isSubset(of: names) },
            defaultPrivileges: defaultPrivileges.filter { $0.value.schema.map(names.contains) ?? true })
    }
}

/// A schema (namespace).
public struct Schema: Hashable, Codable, Sendable {
    public var name: String
    public var comment: String?

    // MARK: - Ownership and privileges
    /// The owning role; `nil` when unknown or not managed (a desired schema without owners).
    public var owner: String?
    /// Grants and revokes relative to the default ACL.
    public var privileges: Privileges

    public init(name: String, comment: String? = nil, owner: String? = nil, privileges: Privileges = Privileges()) {
        self.name = name
        self.comment = comment
        self.owner = owner
        self.privileges = privileges
    }
}

/// An installed extension; the objects it creates are not part of the catalog.
public struct Extension: Hashable, Codable, Sendable {
    public var name: String
    public var schema: String
    /// The installed version; `nil` in a desired schema means "whatever the server's default version is".
    public var version: String?
    public var comment: String?
    /// `pg_extension.extrelocatable`: whether `ALTER EXTENSION … SET SCHEMA` can move it (`nil`: not known, as in a
    /// desired schema; only the installed side's value is used).
    public var isRelocatable: Bool?

    public init(
        name: String, schema: String, version: String? = nil, comment: String? = nil, isRelocatable: Bool? = nil
    ) {
        self.name = name
        self.schema = schema
        self.version = version
        self.comment = comment
        self.isRelocatable = isRelocatable
    }
}
