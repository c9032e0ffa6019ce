import Catalog

/// Schemas, extensions, types, sequences and views as DSL declarations.
extension SchemaSourceRenderer {
    mutating func schema(_ schema: Schema) -> [String] {
        if schema.name == "public" {
            var notes: [String] = []
            if schema.privileges != Self.defaultPublicPrivileges {
                notes.append(cannotExpress("schema public", "privileges on schema public other than USAGE for PUBLIC"))
            }
            guard let comment = schema.comment, comment != Self.defaultPublicComment else { return notes }
            return notes + [cannotExpress("schema public", "the comment \(Self.string(comment)) on schema public")]
        }
        let access = accessModifiers(schema.privileges, object: "schema \(schema.name)")
        return access.notes + Self.chain(
            ["Schema(\(Self.string(schema.name)))"],
            (schema.comment.map { [".comment(\(Self.string($0)))"] } ?? []) + access.modifiers)
    }

    /// The privileges of `public` in a fresh database (Postgres 15+): `USAGE` for `PUBLIC` beyond its owner's.
    static let defaultPublicPrivileges = Privileges(granted: [PrivilegeGrant(grantee: "PUBLIC", privilege: .usage)])

    func `extension`(_ value: Extension) -> [String] {
        let version = value.version.map { ", version: \(Self.string($0))" } ?? ""
        return ["Extension(\(Self.string(value.name)), schema: \(Self.string(value.schema))\(version))"]
    }

    mutating func `enum`(_ value: EnumType) -> [String] {
        let labels = value.labels.map(Self.string).joined(separator: ", ")
        var line = "Enum(\(Self.string(value.name.name)), schema: \(Self.string(value.name.schema))"
        line += labels.isEmpty ? ")" : ", labels: \(labels))"
        let access = accessModifiers(value.privileges, object: "type \(value.name.key)")
        return access.notes
            + Self.chain([line], (value.comment.map { [".comment(\(Self.string($0)))"] } ?? []) + access.modifiers)
    }

    mutating func domain(_ value: Domain) -> [String] {
        var modifiers: [String] = []
        if value.isNotNull { modifiers.append(".notNull()") }
        if let expression = value.defaultExpression { modifiers.append(".default(.raw(\(Self.string(expression))))") }
        if let collation = value.collation { modifiers.append(".collation(\(Self.string(collation)))") }
        for check in value.checks {
            let comment = check.comment.map { ", comment: \(Self.string($0))" } ?? ""
            modifiers.append(
                ".check(\(Self.string(check.name)), \(Self.string(Self.checkExpression(check.definition)))"
                    + (check.isValidated ? "" : ", notValid: true") + comment + ")")
        }
        if let comment = value.comment { modifiers.append(".comment(\(Self.string(comment)))") }
        let access = accessModifiers(value.privileges, object: "domain \(value.name.key)")
        let head = "Domain(\(Self.string(value.name.name)), schema: \(Self.string(value.name.schema)), "
            + types.spell(value.baseType) + ")"
        return access.notes + Self.chain([head], modifiers + access.modifiers)
    }

    mutating func compositeType(_ value: CompositeType) -> [String] {
        var notes: [String] = []
        for attribute in value.attributes where attribute.collation != nil {
            notes.append(cannotExpress("type \(value.name.key)", "the collation of attribute \(attribute.name)"))
        }
        let attributes = value.attributes.map { "\(Self.string($0.name)): \(types.spell($0.type))" }
        let head = "CompositeType(\(Self.string(value.name.name)), schema: \(Self.string(value.name.schema)), "
            + (attributes.isEmpty ? "[:]" : "[" + attributes.joined(separator: ", ") + "]") + ")"
        var modifiers = value.comment.map { [".comment(\(Self.string($0)))"] } ?? []
        for attribute in value.attributes {
            if let comment = attribute.comment {
                modifiers.append(".comment(\(Self.string(comment)), attribute: \(Self.string(attribute.name)))")
            }
        }
        let access = accessModifiers(value.privileges, object: "type \(value.name.key)")
        return notes + access.notes + Self.chain([head], modifiers + access.modifiers)
    }

    mutating func sequence(_ value: SequenceDefinition) -> [String] {
        var head = "DatabaseSequence(\(Self.string(value.name.name)), schema: \(Self.string(value.name.schema))"
        if value.dataType != "bigint" { head += ", as: \(types.spell(value.dataType))" }
        head += ")"
        var modifiers = Self.sequenceOptions(value.options)
        if let owner = value.ownedBy, let column = owner.column {
            modifiers.append(".owned(by: \(Self.tableReference(owner.relation)).column(\(Self.string(column))))")
        }
        if let comment = value.comment { modifiers.append(".comment(\(Self.string(comment)))") }
        let access = accessModifiers(value.privileges, object: "sequence \(value.name.key)")
        return access.notes + Self.chain([head], modifiers + access.modifiers)
    }

    static func sequenceOptions(_ options: SequenceOptions) -> [String] {
        var modifiers: [String] = []
        if let start = options.start { modifiers.append(".start(\(start))") }
        if let increment = options.increment { modifiers.append(".increment(\(increment))") }
        if let minValue = options.minValue { modifiers.append(".minValue(\(minValue))") }
        if let maxValue = options.maxValue { modifiers.append(".maxValue(\(maxValue))") }
        if let cache = options.cache { modifiers.append(".cache(\(cache))") }
        if options.cycle { modifiers.append(".cycle()") }
        return modifiers
    }

    mutating func view(_ value: View) -> [String] {
        var notes: [String] = []
        let function = value.isMaterialized ? "View.materialized" : "View"
        let head = "\(function)(\(Self.string(value.name.name)), schema: \(Self.string(value.name.schema)), as: "
            + SwiftLiteral.text(value.definition, indent: "    ") + ")"
        var modifiers: [String] = []
        if !value.options.isEmpty { modifiers.append(".options(\(value.options.map(Self.string).joined(separator: ", ")))") }
        for index in value.indexes.values.sorted(by: { $0.name < $1.name }) {
            let lines = self.index(index, on: "view \(value.name.key)")
            notes += lines.notes
            modifiers.append(".index(" + lines.source.joined(separator: "\n") + ")")
        }
        if let comment = value.comment { modifiers.append(".comment(\(Self.string(comment)))") }
        for column in value.columnComments.keys.sorted() {
            modifiers.append(".columnComment(\(Self.string(column)), \(Self.string(value.columnComments[column]!)))")
        }
        if value.isMaterialized && !value.isPopulated { modifiers.append(".withNoData()") }
        for trigger in value.triggers.values.sorted(by: { $0.name < $1.name }) {
            modifiers.append(".trigger(" + self.trigger(trigger).joined(separator: "\n") + ")")
        }
        let access = accessModifiers(value.privileges, object: "view \(value.name.key)")
        return notes + access.notes + Self.chain([head], modifiers + access.modifiers)
    }

    /// `TableReference("orders", schema: "public")`.
    static func tableReference(_ name: QualifiedName) -> String {
        "TableReference(\(string(name.name)), schema: \(string(name.schema)))"
    }

    /// The expression inside `CHECK (…)` of a constraint definition, without a trailing `NOT VALID`/`NO INHERIT`.
    static func checkExpression(_ definition: String) -> String {
        var text = definition
        for suffix in [" NOT VALID", " NO INHERIT"] where text.hasSuffix(suffix) { text.removeLast(suffix.count) }
        guard text.hasPrefix("CHECK ("), text.hasSuffix(")") else { return text }
        return String(text.dropFirst("CHECK (".count).dropLast())
    }
}
