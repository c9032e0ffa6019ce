import Catalog

extension Differ {
    mutating func diffFunctions() {
        for function in sortedValues(to.functions) {
            let signature = FunctionSignature(function)
            let id = ObjectID.function(function.key)
            guard let old = from.functions[function.key] else {
                createFunction(function, replacing: false)
                applySettings(function, old: [])
                diffComment(.function(signature), old: nil, new: function.comment, object: id)
                continue
            }
            let recreated = recreatedFunctions.contains(function.key)
            if Self.sameExceptSettingsAndComment(old, function) && !recreated {
                applySettings(function, old: old.settings, onlyChanged: true)
                diffComment(.function(signature), old: old.comment, new: function.comment, object: id)
                continue
            }
            if !recreated {
                createFunction(function, replacing: true)
                applySettings(function, old: old.settings)
                diffComment(.function(signature), old: old.comment, new: function.comment, object: id)
            } else {
                add(
                    .dropFunction(FunctionSignature(old), recreated: true),
                    removes: [id, ObjectID.functionName(function.name)], releases: oldFunctionReferences(old))
                createFunction(function, replacing: false)
                applySettings(function, old: [])
                diffComment(.function(signature), old: nil, new: function.comment, object: id)
            }
        }
        for function in sortedValues(from.functions) where to.functions[function.key] == nil {
            let schema = function.name.schema
            add(
                .dropFunction(FunctionSignature(function), recreated: false),
                removes: [ObjectID.function(function.key), ObjectID.functionName(function.name)],
                releases: [ObjectID.schema(schema), ObjectID.anyExtension] + oldFunctionReferences(function))
        }
    }

    /// What an old function uses, which must outlive it: the types of its signature and, for a SQL-standard body
    /// (which Postgres binds at creation), the objects the body names.
    private func oldFunctionReferences(_ function: Function) -> [String] {
        let schema = function.name.schema
        var ids = oldReferences.ids(in: function.arguments, schema: schema)
            + oldReferences.ids(in: function.returnType ?? "", schema: schema)
        if hasStandardBody(function) {
            ids += oldReferences.ids(in: function.body, schema: schema, except: function.name)
            ids += bodyColumnIDs(function, in: from, references: oldReferences)
        }
        return ids
    }

    private mutating func createFunction(_ function: Function, replacing: Bool) {
        let schema = function.name.schema
        var requires = [ObjectID.schema(schema), ObjectID.anyExtension]
        requires += newReferences.ids(in: function.arguments, schema: schema)
        requires += newReferences.ids(in: function.returnType ?? "", schema: schema)
        if function.language == "sql" {
            requires += newReferences.ids(in: function.body, schema: schema, except: function.name)
        }
        requires += bodyColumnIDs(function, in: to, references: newReferences)
        add(
            .createFunction(function, replacing: replacing),
            provides: [ObjectID.function(function.key), ObjectID.functionName(function.name)], requires: requires)
    }

    /// `ALTER FUNCTION … SET` for every setting right after a (re)create, since `CREATE OR REPLACE` resets them,
    /// and `RESET` for settings the function no longer has. With `onlyChanged`, the function itself is unchanged.
    private mutating func applySettings(_ function: Function, old: [String], onlyChanged: Bool = false) {
        let signature = FunctionSignature(function)
        let id = ObjectID.function(function.key)
        let oldSettings = parseSettings(old)
        let newSettings = parseSettings(function.settings)
        for (name, value) in newSettings.sorted(by: { $0.key < $1.key }) where !onlyChanged || oldSettings[name] != value {
            add(.setFunctionSetting(signature, name: name, value: value), requires: [id])
        }
        for name in oldSettings.keys.sorted() where newSettings[name] == nil {
            add(.resetFunctionSetting(signature, name: name), requires: [id])
        }
    }

    static func sameExceptSettingsAndComment(_ old: Function, _ new: Function) -> Bool {
        var old = old
        old.settings = new.settings
        old.comment = new.comment
        old.definition = new.definition
        old.owner = new.owner
        old.privileges = new.privileges
        return old == new
    }

    /// `CREATE OR REPLACE` cannot change the kind, the result type or the argument names and defaults.
    static func canReplace(_ old: Function, with new: Function) -> Bool {
        old.kind == new.kind && old.returnType == new.returnType && old.arguments == new.arguments
    }
}

/// `name=value` entries of `proconfig` by name.
func parseSettings(_ settings: [String]) -> [String: String] {
    var result: [String: String] = [:]
    for setting in settings {
        guard let equals = setting.firstIndex(of: "=") else { continue }
        result[String(setting[..<equals])] = String(setting[setting.index(after: equals)...])
    }
    return result
}
