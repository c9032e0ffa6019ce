import Foundation
import Catalog

/// Tables as DSL declarations: columns in order, then constraints, indexes, triggers and policies by name.
extension SchemaSourceRenderer {
    mutating func table(_ table: Table) -> [String] {
        let object = "table \(table.name.key)"
        var notes: [String] = []
        var body: [String] = []
        // A child declares only its own columns; a partition's columns all count as inherited but are declared.
        let declared = table.inheritsFrom.isEmpty ? table.columns : table.localColumns
        for column in declared { body.append(self.column(column)) }
        notes += inheritedColumnNotes(table, object: object)
        for constraint in table.constraints.values.sorted(by: { $0.name < $1.name }) {
            body += self.constraint(constraint, of: object)
        }
        for index in table.indexes.values.sorted(by: { $0.name < $1.name }) {
            let rendered = self.index(index, on: object)
            body += rendered.notes + rendered.source
        }
        for trigger in table.triggers.values.sorted(by: { $0.name < $1.name }) {
            body += self.trigger(trigger)
        }
        for policy in table.policies.values.sorted(by: { $0.name < $1.name }) { body += self.policy(policy) }

        var modifiers: [String] = []
        if table.isUnlogged { modifiers.append(".unlogged()") }
        if let key = table.partitionKey {
            if let spelled = Self.partitionKey(key) {
                modifiers.append(".partitioned(by: \(spelled))")
            } else {
                notes.append(cannotExpress(object, "the partition key \(key)"))
            }
        }
        if let partition = table.partitionOf {
            let bound = partition.bound.hasPrefix("FOR VALUES ")
                ? Self.string(String(partition.bound.dropFirst("FOR VALUES ".count))) : "nil"
            modifiers.append(".partition(of: \(Self.tableReference(partition.parent)), forValues: \(bound))")
        }
        if table.rowLevelSecurity {
            modifiers.append(table.forceRowLevelSecurity ? ".rowLevelSecurity(force: true)" : ".rowLevelSecurity()")
        } else if table.forceRowLevelSecurity {
            notes.append(cannotExpress(object, "FORCE ROW LEVEL SECURITY without ENABLE"))
        }
        if let comment = table.comment { modifiers.append(".comment(\(Self.string(comment)))") }
        modifiers += Self.tableOptions(table)
        let access = accessModifiers(table.privileges, object: object)
        notes += access.notes
        modifiers += access.modifiers

        let head = "Table(\(Self.string(table.name.name)), schema: \(Self.string(table.name.schema)))"
        let declaration = body.isEmpty ? [head] : [head + " {"] + Self.indented(body, by: "    ") + ["}"]
        return notes + Self.chain(declaration, modifiers)
    }

    private func column(_ column: Column) -> String {
        var line = "Column(\(Self.string(column.name)), \(types.spell(column.type)))"
        if let identity = column.identity {
            var arguments = [identity.generation == .always ? ".always" : ".byDefault"]
            let options = identity.options
            if let start = options.start { arguments.append("start: \(start)") }
            if let increment = options.increment { arguments.append("increment: \(increment)") }
            if let minValue = options.minValue { arguments.append("minValue: \(minValue)") }
            if let maxValue = options.maxValue { arguments.append("maxValue: \(maxValue)") }
            if let cache = options.cache { arguments.append("cache: \(cache)") }
            if options.cycle { arguments.append("cycle: true") }
            line += ".identity(\(arguments.joined(separator: ", ")))"
        } else if column.isNotNull {
            line += ".notNull()"
        }
        if let expression = column.defaultExpression { line += ".default(.raw(\(Self.string(expression))))" }
        if let expression = column.generatedExpression { line += ".generated(as: \(Self.string(expression)))" }
        if let collation = column.collation { line += ".collation(\(Self.string(collation)))" }
        if let comment = column.comment { line += ".comment(\(Self.string(comment)))" }
        if let storage = column.storage { line += ".storage(.\(storage))" }
        if let target = column.statisticsTarget { line += ".statistics(\(target))" }
        return line
    }

    private mutating func constraint(_ constraint: Constraint, of object: String) -> [String] {
        let rendered = constraintDeclaration(constraint, of: object)
        var modifiers = ""
        if !constraint.isValidated {
            switch constraint.kind {
            case .foreignKey, .check: modifiers += ".notValid()"
            case .primaryKey, .unique, .exclusion:
                return rendered + [cannotExpress(object, "NOT VALID on constraint \(constraint.name)")]
            }
        }
        if let comment = constraint.comment { modifiers += ".comment(\(Self.string(comment)))" }
        guard let last = rendered.last, !modifiers.isEmpty else { return rendered }
        return rendered.dropLast() + [last + modifiers]
    }

    /// The constraint's declaration as the last line, after the notes for what it cannot say.
    private mutating func constraintDeclaration(_ constraint: Constraint, of object: String) -> [String] {
        var notes: [String] = []
        let name = Self.string(constraint.name)
        let deferrable = constraint.isInitiallyDeferred
            ? ".deferrable(.initiallyDeferred)" : constraint.isDeferrable ? ".deferrable()" : ""
        switch constraint.kind {
        case .primaryKey(let columns):
            return notes + ["PrimaryKey(\(Self.list(columns)), name: \(name))" + deferrable]
        case .unique(let columns, let nullsNotDistinct):
            return notes + [
                "Unique(\(Self.list(columns)), name: \(name))" + (nullsNotDistinct ? ".nullsNotDistinct()" : "")
                    + deferrable
            ]
        case .foreignKey(let key):
            let reference = Self.tableReference(key.referencedTable)
            let targets = key.referencedColumns.map { "\(reference).column(\(Self.string($0)))" }
            var line = "ForeignKey([\(Self.list(key.columns))], references: [\(targets.joined(separator: ", "))]"
            if key.onDelete != .noAction { line += ", onDelete: \(Self.action(key.onDelete))" }
            if key.onUpdate != .noAction { line += ", onUpdate: \(Self.action(key.onUpdate))" }
            if constraint.isInitiallyDeferred {
                line += ", deferrable: .initiallyDeferred"
            } else if constraint.isDeferrable {
                line += ", deferrable: .deferrable"
            }
            line += ", name: \(name))"
            switch key.match {
            case .simple: break
            case .full: line += ".matchFull()"
            case .partial: notes.append(cannotExpress(object, "MATCH PARTIAL on constraint \(constraint.name)"))
            }
            return notes + [line]
        case .check(let expression, let noInherit):
            let text = Self.checkExpression(constraint.definition)
            return notes + [
                "Check(\(name), \(Self.string(text.isEmpty ? expression : text)))" + (noInherit ? ".noInherit()" : "")
            ]
        case .exclusion(let method, let elements, let predicate):
            let parts = elements.compactMap { element -> String? in
                guard let range = element.range(of: " WITH ", options: .backwards) else {
                    notes.append(cannotExpress(object, "the element \(element) of constraint \(constraint.name)"))
                    return nil
                }
                let expression = String(element[..<range.lowerBound])
                let operatorName = Self.string(String(element[range.upperBound...]))
                return Self.isPlainIdentifier(expression)
                    ? ".column(\(Self.string(expression)), with: \(operatorName))"
                    : ".expression(\(Self.string(expression)), with: \(operatorName))"
            }
            var line = "Exclusion(\(name), using: \(Self.string(method)), \(parts.joined(separator: ", ")))"
            if let predicate { line += ".where(\(Self.string(predicate)))" }
            return notes + [line + deferrable]
        }
    }

    /// An `Index(…)` expression with its modifiers, and the notes for what it cannot say.
    mutating func index(_ index: Index, on object: String) -> (source: [String], notes: [String]) {
        var notes: [String] = []
        let parts = index.keys.map { key -> String in
            var part = key.isColumn ? ".column(\(Self.string(key.expression)))" : ".expression(\(Self.string(key.expression)))"
            if let collation = key.collation {
                if let name = Self.unquotedIdentifier(collation) {
                    part += ".collation(\(Self.string(name)))"
                } else {
                    notes.append(cannotExpress(object, "the collation \(collation) in index \(index.name)"))
                }
            }
            if let operatorClass = key.operatorClass {
                // The DSL quotes the name as one identifier; `public.` resolves through the default search_path.
                let name = operatorClass.hasPrefix("public.") ? String(operatorClass.dropFirst("public.".count)) : operatorClass
                if let identifier = Self.unquotedIdentifier(name) {
                    part += ".operatorClass(\(Self.string(identifier)))"
                } else {
                    notes.append(cannotExpress(object, "the operator class \(operatorClass) in index \(index.name)"))
                }
            }
            if !key.operatorClassOptions.isEmpty {
                let options = key.operatorClassOptions.joined(separator: ", ")
                notes.append(cannotExpress(object, "the operator class parameters (\(options)) in index \(index.name)"))
            }
            if key.descending { part += ".descending()" }
            if let nullsFirst = key.nullsFirst { part += nullsFirst ? ".nullsFirst()" : ".nullsLast()" }
            return part
        }
        var line = "Index(\(Self.string(index.name)), on: \(parts.joined(separator: ", ")))"
        if index.isUnique { line += ".unique()" }
        if index.method != "btree" { line += ".using(\(Self.string(index.method)))" }
        if !index.includedColumns.isEmpty { line += ".including(\(Self.list(index.includedColumns)))" }
        if index.nullsNotDistinct { line += ".nullsNotDistinct()" }
        if !index.storageParameters.isEmpty { line += ".storageParameters(\(Self.list(index.storageParameters)))" }
        if let predicate = index.predicate { line += ".where(\(Self.string(predicate)))" }
        if let comment = index.comment { line += ".comment(\(Self.string(comment)))" }
        return ([line], notes)
    }

    func trigger(_ trigger: Trigger) -> [String] {
        let timing = switch trigger.timing {
        case .before: ".before"
        case .after: ".after"
        case .insteadOf: ".insteadOf"
        }
        let events = trigger.events.map { event in
            switch event {
            case .insert: ".insert"
            case .update: ".update"
            case .delete: ".delete"
            case .truncate: ".truncate"
            }
        }
        var line = "Trigger(\(Self.string(trigger.name)), \(timing), \(events.joined(separator: ", ")), executeFunction: "
            + "\(Self.string(trigger.function.name)), schema: \(Self.string(trigger.function.schema))"
        if !trigger.functionArguments.isEmpty { line += ", arguments: [\(Self.list(trigger.functionArguments))]" }
        line += ")"
        if !trigger.forEachRow { line += ".forEachStatement()" }
        if !trigger.updateColumns.isEmpty { line += ".updateOf(\(Self.list(trigger.updateColumns)))" }
        if let condition = trigger.when { line += ".when(\(Self.string(condition)))" }
        switch trigger.enabled {
        case .origin: break
        case .disabled: line += ".disabled()"
        case .replica: line += ".enabled(.replica)"
        case .always: line += ".enabled(.always)"
        }
        if let comment = trigger.comment { line += ".comment(\(Self.string(comment)))" }
        return [line]
    }

    /// `.inherits(…)`, `.storageParameters(…)` and `.replicaIdentity(…)` where they are not the defaults.
    private static func tableOptions(_ table: Table) -> [String] {
        var modifiers: [String] = []
        if !table.inheritsFrom.isEmpty {
            modifiers.append(".inherits(\(table.inheritsFrom.map(tableReference).joined(separator: ", ")))")
        }
        if !table.storageParameters.isEmpty { modifiers.append(".storageParameters(\(list(table.storageParameters)))") }
        switch table.replicaIdentity {
        case .default: break
        case .full: modifiers.append(".replicaIdentity(.full)")
        case .nothing: modifiers.append(".replicaIdentity(.nothing)")
        case .index(let name): modifiers.append(".replicaIdentity(.index(\(string(name))))")
        }
        return modifiers
    }

    /// Notes for inherited columns whose default, NOT NULL, storage or statistics differ from what the parent gives
    /// them: a child declares only its own columns.
    private mutating func inheritedColumnNotes(_ table: Table, object: String) -> [String] {
        var notes: [String] = []
        for column in table.columns where !column.isLocal && !table.inheritsFrom.isEmpty {
            let tables = catalog.tables
            let parent = table.inheritsFrom.lazy.compactMap { tables[$0.key]?.column(column.name) }.first
            if parent?.defaultExpression != column.defaultExpression || parent?.isNotNull != column.isNotNull
                || parent?.storage != column.storage || column.statisticsTarget != nil
            {
                notes.append(cannotExpress(object, "the inherited column \(column.name)'s own default or options"))
            }
        }
        return notes
    }

    private func policy(_ policy: Policy) -> [String] {
        var line = "Policy(\(Self.string(policy.name)))"
        if policy.command != .all { line += ".for(.\(policy.command.rawValue.lowercased()))" }
        if !policy.isPermissive { line += ".restrictive()" }
        if policy.roles != ["public"] { line += ".to(\(Self.list(policy.roles)))" }
        if let expression = policy.using { line += ".using(\(Self.string(expression)))" }
        if let expression = policy.withCheck { line += ".withCheck(\(Self.string(expression)))" }
        if let comment = policy.comment { line += ".comment(\(Self.string(comment)))" }
        return [line]
    }

    /// `.range("a", "b")` for `RANGE (a, b)`; `nil` when the key holds an expression or an operator class.
    static func partitionKey(_ key: String) -> String? {
        for (keyword, function) in [("RANGE (", "range"), ("LIST (", "list"), ("HASH (", "hash")] {
            guard key.hasPrefix(keyword), key.hasSuffix(")") else { continue }
            let inner = key.dropFirst(keyword.count).dropLast()
            let columns = inner.components(separatedBy: ", ").map { unquotedIdentifier($0) }
            guard !columns.isEmpty, columns.allSatisfy({ $0 != nil }) else { return nil }
            return ".\(function)(\(list(columns.map { $0! })))"
        }
        return nil
    }

    /// `name` for a plain identifier, `Weird "x"` for `"Weird ""x"""`; `nil` for anything else.
    static func unquotedIdentifier(_ text: String) -> String? {
        if isPlainIdentifier(text) { return text }
        guard text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") else { return nil }
        let inner = text.dropFirst().dropLast()
        guard !inner.replacingOccurrences(of: "\"\"", with: "").contains("\"") else { return nil }
        return inner.replacingOccurrences(of: "\"\"", with: "\"")
    }

    static func isPlainIdentifier(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, ("a"..."z").contains(first) || first == "_" else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    static func list(_ values: [String]) -> String { values.map(string).joined(separator: ", ") }

    static func action(_ action: ReferentialActionName) -> String {
        switch action {
        case .noAction: ".noAction"
        case .restrict: ".restrict"
        case .cascade: ".cascade"
        case .setNull: ".setNull"
        case .setDefault: ".setDefault"
        }
    }
}

typealias ReferentialActionName = ForeignKey.ReferentialAction
