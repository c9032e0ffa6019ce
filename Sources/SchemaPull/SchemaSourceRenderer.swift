import Catalog
import SQLSyntax

/// Lays out the pulled source: the `DatabaseSchema` type listing every schema's declarations, and one file per
/// schema holding them in a fixed order (schema, extensions, types, sequences, functions, tables, views, event
/// triggers, publications).
struct SchemaSourceRenderer {
    let catalog: Catalog
    let types: ColumnTypeSpelling
    /// Notes collected while rendering, in output order.
    private(set) var limitations: [String] = []

    init(_ catalog: Catalog) {
        self.catalog = catalog
        self.types = ColumnTypeSpelling(catalog)
    }

    /// The comment `public` has in a fresh database, which the DSL cannot change.
    static let defaultPublicComment = "standard public schema"

    func render(typeName: String) -> PulledSchema {
        var renderer = self
        let allSchemaNames = Set(catalog.schemas.keys)
            .union(catalog.extensions.values.map(\.schema))
            .union(catalog.enums.values.map(\.name.schema))
            .union(catalog.domains.values.map(\.name.schema))
            .union(catalog.compositeTypes.values.map(\.name.schema))
            .union(catalog.sequences.values.map(\.name.schema))
            .union(catalog.tables.values.map(\.name.schema))
            .union(catalog.views.values.map(\.name.schema))
            .union(catalog.functions.values.map(\.name.schema))
            .union(catalog.eventTriggers.values.map(\.function.schema))
            .union(catalog.publications.values.map(Self.homeSchema))
            .sorted()
        var bodies: [String: [String]] = [:]
        for schema in allSchemaNames {
            let body = renderer.declarations(inSchema: schema)
            // Only `public` can be empty (other schemas declare themselves): it exists in every database.
            if !body.isEmpty { bodies[schema] = body }
        }
        let schemaNames = allSchemaNames.filter { bodies[$0] != nil }
        let nestedNames = Self.nestedTypeNames(for: schemaNames)
        var schemaFiles: [PulledFile] = []
        for schema in schemaNames {
            let nested = nestedNames[schema]!
            let body = bodies[schema]!
            var lines = [
                "import SchemaDSL", "",
                "extension \(typeName) {",
                "    /// The objects of schema \(SwiftLiteral.string(schema)), pulled from the database by `db pull`.",
                "    enum \(nested) {",
                "        @SchemaBuilder static var declarations: [SchemaElement] {",
            ]
            lines += Self.indented(body, by: "            ")
            lines += ["        }", "    }", "}"]
            schemaFiles.append(
                PulledFile(name: "\(typeName)+\(nested).swift", text: lines.joined(separator: "\n") + "\n"))
        }
        var main = [
            "import SchemaDSL", "",
            "/// The database schema as `db pull` read it; one nested type per Postgres schema holds its declarations.",
            "public enum \(typeName): DatabaseSchema {",
            "    public static var schema: [SchemaElement] {",
        ]
        main += roles.map { "        Role(\(SwiftLiteral.string($0)))" }
        main += Self.indented(renderer.defaultPrivileges(inSchema: nil), by: "        ")
        main += schemaNames.map { "        \(nestedNames[$0]!).declarations" }
        main += ["    }", "}"]
        let mainFile = PulledFile(name: "\(typeName).swift", text: main.joined(separator: "\n") + "\n")
        return PulledSchema(files: [mainFile] + schemaFiles, limitations: renderer.limitations)
    }

    /// Roles named by policies (other than `public`), grants and default privileges, which the schema must declare.
    private var roles: [String] {
        let named = catalog.tables.values.flatMap { $0.policies.values.flatMap(\.roles) }
        let pseudoRoles: Set<String> = ["public", "current_user", "session_user", "current_role"]
        return Set(named).union(accessRoles).subtracting(pseudoRoles).sorted()
    }

    /// `app` → `AppSchema`, `my-data` → `MyDataSchema`; made unique, and never a name the DSL itself uses.
    static func nestedTypeNames(for schemas: [String]) -> [String: String] {
        let reserved: Set<String> = ["DatabaseSchema", "Schema", "SchemaElement", "SchemaBuilder"]
        var used = reserved
        var result: [String: String] = [:]
        for schema in schemas {
            let words = schema.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
            var base = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
            if base.isEmpty || base.first!.isNumber { base = "S" + base }
            var candidate = base + "Schema"
            var counter = 2
            while used.contains(candidate) {
                candidate = base + "Schema\(counter)"
                counter += 1
            }
            used.insert(candidate)
            result[schema] = candidate
        }
        return result
    }

    /// Every declaration of one schema, as unindented lines separated by blank lines.
    private mutating func declarations(inSchema schema: String) -> [String] {
        var blocks: [[String]] = []
        if let value = catalog.schemas[schema] { blocks.append(self.schema(value)) }
        for value in catalog.extensions.values.filter({ $0.schema == schema }).sorted(by: { $0.name < $1.name }) {
            blocks.append(self.extension(value))
        }
        for value in sorted(catalog.enums.values, in: schema, by: \.name) { blocks.append(self.enum(value)) }
        for value in sorted(catalog.domains.values, in: schema, by: \.name) { blocks.append(domain(value)) }
        for value in sorted(catalog.compositeTypes.values, in: schema, by: \.name) {
            blocks.append(compositeType(value))
        }
        for value in sorted(catalog.sequences.values, in: schema, by: \.name) { blocks.append(sequence(value)) }
        let functions = catalog.functions.values.filter { $0.name.schema == schema }.sorted { $0.key < $1.key }
        for value in functions { blocks.append(function(value)) }
        for value in sorted(catalog.tables.values, in: schema, by: \.name) { blocks.append(table(value)) }
        for value in sorted(catalog.views.values, in: schema, by: \.name) { blocks.append(view(value)) }
        for value in catalog.eventTriggers.values.filter({ $0.function.schema == schema }).sorted(by: {
            $0.name < $1.name
        }) {
            blocks.append(eventTrigger(value))
        }
        for value in catalog.publications.values.filter({ Self.homeSchema(of: $0) == schema })
            .sorted(by: { $0.name < $1.name })
        {
            blocks.append(publication(value))
        }
        blocks.append(defaultPrivileges(inSchema: schema))
        return blocks.filter { !$0.isEmpty }.flatMap { $0 + [""] }.dropLast()
    }

    private func sorted<Value>(
        _ values: some Collection<Value>, in schema: String, by name: KeyPath<Value, QualifiedName>
    )
        -> [Value]
    {
        values.filter { $0[keyPath: name].schema == schema }.sorted { $0[keyPath: name] < $1[keyPath: name] }
    }

    /// Records a limitation and returns the comment line marking it in the source: one line whatever names `object`
    /// and `what` hold (`singleLine`), so none can end the comment and become Swift code.
    mutating func cannotExpress(_ object: String, _ what: String) -> String {
        limitations.append(singleLine("\(object): \(what)"))
        return "// " + singleLine("db pull: cannot express \(what) (\(object))")
    }

    /// `.name(argument)` modifiers, each on its own line under a multi-line declaration.
    static func chain(_ head: [String], _ modifiers: [String]) -> [String] {
        guard !modifiers.isEmpty else { return head }
        if head.count == 1, !head[0].contains("\n"), (head[0] + modifiers.joined()).count <= 110 {
            return [head[0] + modifiers.joined()]
        }
        return head + modifiers
    }

    static func string(_ text: String) -> String { SwiftLiteral.string(text) }

    /// Lines (which may hold several, from multi-line literals) with every non-empty line prefixed by `prefix`;
    /// a multi-line literal stays exact because its closing delimiter moves with its content.
    static func indented(_ lines: [String], by prefix: String) -> [String] {
        lines.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false) }
            .map { $0.isEmpty ? "" : prefix + $0 }
    }
}
