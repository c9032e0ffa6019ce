import Catalog

extension Differ {
    /// Decides, before any object kind is diffed, which kept types and functions the plan drops (or renames away)
    /// and creates again, so that every differ can follow them: a type Postgres cannot alter in place, every domain
    /// and composite type built on such a type, every function whose signature uses one of them or that cannot be
    /// replaced in place, and every function whose SQL-standard body (`BEGIN ATOMIC …`, `RETURN …`) Postgres bound
    /// to one of those types or functions, to a column whose type changes or to a table the plan drops and creates
    /// again (`tablesToRecreate`). Functions only dropped count too: an expression calling one may read the same
    /// after the plan while it calls a new overload.
    mutating func planRecreations() {
        recreatedTypeIDs = typesToRecreate()
        columnsChangingType = retypedColumnsOfKeptTables()
        recreatedTables = tablesToRecreate()
        for key in functionsToRecreate() {
            guard let function = to.functions[key] else { continue }
            recreatedFunctions.insert(key)
            recreatedFunctionNames.insert(ObjectID.functionName(function.name))
        }
        for function in from.functions.values where to.functions[function.key] == nil {
            recreatedFunctions.insert(function.key)
            recreatedFunctionNames.insert(ObjectID.functionName(function.name))
        }
    }

    /// `ObjectID.type` of kept types recreated for their own change, then of the domains and composite types whose
    /// old definition uses one of those (their columns still hold the renamed-away old type otherwise).
    private func typesToRecreate() -> Set<String> {
        var ids: Set<String> = []
        for type in to.enums.values {
            if let old = from.enums[type.name.key], Self.mustRecreate(old, type) {
                ids.insert(ObjectID.type(type.name))
            }
        }
        for domain in to.domains.values {
            if let old = from.domains[domain.name.key], Self.mustRecreate(old, domain) {
                ids.insert(ObjectID.type(domain.name))
            }
        }
        for type in to.compositeTypes.values {
            if let old = from.compositeTypes[type.name.key], Self.mustRecreate(old, type) {
                ids.insert(ObjectID.type(type.name))
            }
        }
        var grew = !ids.isEmpty
        while grew {
            grew = false
            for domain in to.domains.values where !ids.contains(ObjectID.type(domain.name)) {
                guard let old = from.domains[domain.name.key],
                    oldReferences.typeIDs(old.baseType, schema: old.name.schema).contains(where: ids.contains)
                else { continue }
                ids.insert(ObjectID.type(domain.name))
                grew = true
            }
            for type in to.compositeTypes.values where !ids.contains(ObjectID.type(type.name)) {
                guard let old = from.compositeTypes[type.name.key],
                    old.attributes.contains(where: {
                        oldReferences.typeIDs($0.type, schema: old.name.schema).contains(where: ids.contains)
                    })
                else { continue }
                ids.insert(ObjectID.type(type.name))
                grew = true
            }
        }
        return ids
    }

    /// Keys of functions on both sides that are dropped and created again; see `planRecreations`.
    private func functionsToRecreate() -> Set<String> {
        var keys: Set<String> = []
        var names = Set(
            from.functions.values.filter { to.functions[$0.key] == nil }.map { ObjectID.functionName($0.name) })
        for function in to.functions.values {
            guard let old = from.functions[function.key] else { continue }
            let schema = old.name.schema
            let signature =
                oldReferences.typeIDs(old.arguments, schema: schema)
                + oldReferences.typeIDs(old.returnType ?? "", schema: schema)
            if (!Self.sameExceptSettingsAndComment(old, function) && !Self.canReplace(old, with: function))
                || signature.contains(where: recreatedTypeIDs.contains)
                || bodyColumnIDs(old, in: from, references: oldReferences).contains(where: columnsChangingType.contains)
            {
                keys.insert(function.key)
                names.insert(ObjectID.functionName(function.name))
            }
        }
        let tables = Set(recreatedTables.compactMap { from.tables[$0].map { ObjectID.relation($0.name) } })
        var grew = !names.isEmpty || !recreatedTypeIDs.isEmpty || !tables.isEmpty
        while grew {
            grew = false
            for function in to.functions.values where !keys.contains(function.key) {
                guard let old = from.functions[function.key], hasStandardBody(old) else { continue }
                let uses = oldReferences.ids(in: old.body, schema: old.name.schema, except: old.name)
                let boundToRecreated = uses.contains {
                    recreatedTypeIDs.contains($0) || names.contains($0) || tables.contains($0)
                }
                guard boundToRecreated else { continue }
                keys.insert(function.key)
                names.insert(ObjectID.functionName(function.name))
                grew = true
            }
        }
        return keys
    }

    /// A body Postgres parsed at creation and keeps as a tree (`BEGIN ATOMIC … END` or `RETURN …`, SQL functions
    /// only): it records dependencies on the types, functions and columns it uses, which then cannot be dropped or
    /// retyped under it.
    func hasStandardBody(_ function: Function) -> Bool {
        function.language == "sql" && (function.body.hasPrefix("BEGIN ATOMIC") || function.body.hasPrefix("RETURN "))
    }

    /// `ObjectID.column` of the columns of kept tables whose type the plan changes (in place or through a recreated
    /// type).
    private func retypedColumnsOfKeptTables() -> Set<String> {
        var result: Set<String> = []
        for table in to.tables.values {
            guard let old = from.tables[table.name.key] else { continue }
            for column in table.columns {
                guard let oldColumn = old.column(column.name) else { continue }
                if oldColumn.type != column.type || oldColumn.collation != column.collation
                    || (!recreatedTypeIDs.isEmpty
                        && oldReferences.typeIDs(oldColumn.type, schema: old.name.schema)
                            .contains(where: recreatedTypeIDs.contains))
                {
                    result.insert(ObjectID.column(table.name, column.name))
                }
            }
        }
        return result
    }

    /// `ObjectID.column` of the table columns a SQL-standard body reads: columns of the tables it names that appear
    /// in it as whole words (a false match only adds an ordering edge or recreates the function needlessly).
    func bodyColumnIDs(_ function: Function, in catalog: Catalog, references: References) -> [String] {
        guard hasStandardBody(function) else { return [] }
        let words = Set(identifierWords(in: function.body).map { $0.lowercased() })
        var ids: [String] = []
        for id in references.ids(in: function.body, schema: function.name.schema) where id.hasPrefix("rel:") {
            guard let table = catalog.tables[String(id.dropFirst("rel:".count))] else { continue }
            ids += table.columns.filter { words.contains($0.name.lowercased()) }.map {
                ObjectID.column(table.name, $0.name)
            }
        }
        return ids
    }

    /// True when old expression text names a type the plan recreates: Postgres keeps it bound to the old type (a
    /// constant `'x'::type`, a cast), so whatever holds it must be dropped before the type is renamed away and
    /// created again after (a check or index left in place fails the column's move to the new type).
    func usesRecreatedType(_ text: String?, schema: String) -> Bool {
        guard let text, !recreatedTypeIDs.isEmpty else { return false }
        return oldReferences.ids(in: text, schema: schema).contains(where: recreatedTypeIDs.contains)
    }

    /// Labels removed or reordered: `ALTER TYPE … ADD VALUE` cannot get there.
    static func mustRecreate(_ old: EnumType, _ new: EnumType) -> Bool {
        old.labels != new.labels && !isOrderedSubsequence(old.labels, of: new.labels)
    }

    /// A new base type or collation: `ALTER DOMAIN` changes neither.
    static func mustRecreate(_ old: Domain, _ new: Domain) -> Bool {
        old.baseType != new.baseType || old.collation != new.collation
    }

    /// Kept attributes reordered, or new ones not only appended: `ALTER TYPE … ADD ATTRIBUTE` only appends.
    static func mustRecreate(_ old: CompositeType, _ new: CompositeType) -> Bool {
        let oldNames = Set(old.attributes.map(\.name))
        let newNames = Set(new.attributes.map(\.name))
        let keptOrder = old.attributes.map(\.name).filter { newNames.contains($0) }
        let newOrderOfKept = new.attributes.map(\.name).filter { oldNames.contains($0) }
        let appendedOnly = new.attributes.prefix(keptOrder.count).map(\.name) == keptOrder
        return keptOrder != newOrderOfKept || !appendedOnly
    }
}
