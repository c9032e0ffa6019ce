import Catalog
import Diff
import Foundation

// In-memory diff+plan benchmark: two 1,000-table catalogs that differ in about 5% of their objects.
// Prints milliseconds for diff+plan and for a reference measured in the same run (JSON-encoding the catalog),
// so results compare across machines as a ratio.
// usage: DiffBench [TABLES] [RUNS]                      built catalogs shaped like bench/generate_schema.py
//        DiffBench --catalogs FROM.json TO.json [RUNS]  two `db inspect --json` documents of real databases

let arguments = CommandLine.arguments
let catalogFiles = arguments.count > 3 && arguments[1] == "--catalogs" ? (arguments[2], arguments[3]) : nil
let tableCount = catalogFiles == nil && arguments.count > 1 ? Int(arguments[1]) ?? 1000 : 1000
let runs = Int(arguments.dropFirst(catalogFiles == nil ? 2 : 4).first ?? "") ?? 15

/// A deterministic pseudo-random generator (SplitMix64), so every run builds the same catalogs.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

let schemas = ["app", "billing", "crm", "audit"]

func tableName(_ index: Int) -> QualifiedName { QualifiedName(schemas[index % schemas.count], String(format: "t%05d", index)) }

/// A catalog shaped like bench/generate_schema.py: per table 10-20 columns, checks, foreign keys to earlier
/// tables, indexes; an enum, a sequence and a function per 20 tables; a view and a policy per 10; a trigger per 5.
func buildCatalog(tables: Int) -> Catalog {
    var random = SeededGenerator(state: 42)
    var catalog = Catalog()
    for schema in schemas { catalog.add(Schema(name: schema, comment: "benchmark schema \(schema)")) }
    let touch = QualifiedName("app", "touch")
    catalog.add(
        Function(
            name: touch, returnType: "trigger", language: "plpgsql",
            body: " BEGIN NEW.updated_at := now(); RETURN NEW; END ",
            definition: "CREATE OR REPLACE FUNCTION app.touch()\n RETURNS trigger\n LANGUAGE plpgsql\nAS $function$ BEGIN NEW.updated_at := now(); RETURN NEW; END $function$\n"))
    let groups = max(1, tables / 20)
    for number in 0..<groups {
        let schema = schemas[number % schemas.count]
        catalog.add(
            EnumType(
                name: QualifiedName(schema, String(format: "status_%04d", number)),
                labels: ["new", "active", "held", "closed"].map { "s\(number)_\($0)" }))
        catalog.add(
            SequenceDefinition(
                name: QualifiedName(schema, String(format: "seq_%04d", number)),
                options: SequenceOptions(start: Int64(1000 + number), increment: 2, cache: 10)))
        let name = QualifiedName(schema, String(format: "score_%04d", number))
        catalog.add(
            Function(
                name: name, identityArguments: "x integer", arguments: "x integer", returnType: "integer",
                language: "sql", body: "SELECT x * \(number)", volatility: .immutable,
                settings: ["statement_timeout=5s"],
                definition: "CREATE OR REPLACE FUNCTION \(name.key)(x integer)\n RETURNS integer\n LANGUAGE sql\n IMMUTABLE\n SET statement_timeout TO '5s'\nAS $function$SELECT x * \(number)$function$\n"))
    }
    let kinds = [
        ("text", "'x'::text"), ("character varying(120)", "''::character varying"), ("integer", "0"),
        ("bigint", "0"), ("numeric(12,2)", "0"), ("boolean", "false"), ("timestamp with time zone", "now()"),
        ("date", "CURRENT_DATE"), ("jsonb", "'{}'::jsonb"), ("text[]", "'{}'::text[]"),
    ]
    for index in 1...tables {
        let name = tableName(index)
        let status = QualifiedName(schemas[(index % groups) % schemas.count], String(format: "status_%04d", index % groups))
        var columns = [
            Column(name: "id", type: "bigint", isNotNull: true, identity: Identity(generation: .always)),
            Column(name: "name", type: "text", isNotNull: true),
            Column(name: "amount", type: "numeric(12,2)", isNotNull: true, defaultExpression: "0"),
            Column(name: "created_at", type: "timestamp with time zone", isNotNull: true, defaultExpression: "now()"),
            Column(name: "updated_at", type: "timestamp with time zone"),
            Column(name: "status", type: status.key, isNotNull: true, defaultExpression: "'\(status.name)'::\(status.key)"),
        ]
        var constraints: [String: Constraint] = [
            "\(name.name)_pkey": Constraint(
                name: "\(name.name)_pkey", kind: .primaryKey(columns: ["id"]), definition: "PRIMARY KEY (id)"),
            "\(name.name)_amount_check": Constraint(
                name: "\(name.name)_amount_check", kind: .check(expression: "(amount >= (0)::numeric)", noInherit: false),
                definition: "CHECK ((amount >= (0)::numeric))"),
        ]
        let references = index > 1 ? Int.random(in: 1...3, using: &random) : 0
        for number in 0..<references {
            let target = tableName(Int.random(in: 1..<index, using: &random))
            let column = "ref\(number)_id"
            columns.append(Column(name: column, type: "bigint"))
            let constraintName = "\(name.name)_\(column)_fkey"
            constraints[constraintName] = Constraint(
                name: constraintName,
                kind: .foreignKey(ForeignKey(columns: [column], referencedTable: target, referencedColumns: ["id"])),
                definition: "FOREIGN KEY (\(column)) REFERENCES \(target.key)(id)")
        }
        for number in 0..<Int.random(in: 4...12, using: &random) {
            let (type, defaultExpression) = kinds[Int.random(in: 0..<kinds.count, using: &random)]
            columns.append(Column(name: "c\(number)", type: type, defaultExpression: defaultExpression))
        }
        var indexes: [String: Index] = [:]
        for column in ["name", "created_at", "status"].prefix(Int.random(in: 1...3, using: &random)) {
            let indexName = "\(name.name)_\(column)_idx"
            indexes[indexName] = Index(
                name: indexName, table: name, keys: [IndexKey(expression: column)])
        }
        var triggers: [String: Trigger] = [:]
        if index % 5 == 0 {
            triggers["\(name.name)_touch"] = Trigger(
                name: "\(name.name)_touch", table: name, timing: .before, events: [.update], function: touch,
                definition: "CREATE TRIGGER \(name.name)_touch BEFORE UPDATE ON \(name.key) FOR EACH ROW EXECUTE FUNCTION app.touch()")
        }
        var policies: [String: Policy] = [:]
        if index % 10 == 0 {
            policies["\(name.name)_visible"] = Policy(name: "\(name.name)_visible", table: name, command: .select, using: "(amount > (0)::numeric)")
        }
        catalog.add(
            Table(
                name: name, columns: columns, constraints: constraints, indexes: indexes, triggers: triggers,
                policies: policies, comment: "table \(index)", rowLevelSecurity: index % 10 == 0))
        if index % 10 == 0 {
            catalog.add(
                View(
                    name: QualifiedName(name.schema, "v_\(name.name)"),
                    definition: " SELECT \(name.name).id,\n    \(name.name).name\n   FROM \(name.key);", columns: ["id", "name"],
                    dependsOn: [
                        ColumnReference(relation: name, column: "id"), ColumnReference(relation: name, column: "name"),
                    ]))
        }
    }
    return catalog
}

/// The same catalog with about 5% of its tables changed in assorted ways, a few objects added and removed.
func changed(_ catalog: Catalog) -> Catalog {
    var result = catalog
    let keys = catalog.tables.keys.sorted()
    for (position, key) in keys.enumerated() where position % 20 == 7 {
        guard var table = result.tables[key] else { continue }
        switch position % 6 {
        case 1: table.columns.append(Column(name: "added", type: "text", defaultExpression: "'new'::text"))
        case 2: table.columns[2].type = "numeric(14,2)"
        case 3: table.columns.removeLast()
        case 4: table.indexes.removeAll()
        case 5: table.columns[1].isNotNull = false
        default: table.comment = "changed"
        }
        result.tables[key] = table
    }
    for number in 0..<10 {
        let name = QualifiedName("app", "new_table_\(number)")
        result.add(Table(name: name, columns: [Column(name: "id", type: "bigint", isNotNull: true)]))
    }
    for (position, key) in catalog.enums.keys.sorted().enumerated() where position % 10 == 0 {
        result.enums[key]?.labels.append("extra")
    }
    for (position, key) in catalog.functions.keys.sorted().enumerated() where position % 10 == 3 {
        result.functions[key]?.settings = ["statement_timeout=10s"]
    }
    return result
}

func milliseconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

/// The `db inspect --json` document: `{"format": 2, "catalog": {…}}`.
struct InspectDocument: Decodable {
    let catalog: Catalog
}

func loadCatalog(_ path: String) -> Catalog {
    do {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try JSONDecoder().decode(InspectDocument.self, from: data).catalog
    } catch {
        FileHandle.standardError.write(Data("DiffBench: cannot read \(path) as `db inspect --json` output: \(error)\n".utf8))
        exit(2)
    }
}

let from = catalogFiles.map { loadCatalog($0.0) } ?? buildCatalog(tables: tableCount)
let to = catalogFiles.map { loadCatalog($0.1) } ?? changed(from)
let encoder = JSONEncoder()
encoder.outputFormatting = [.sortedKeys]
var changeCount = 0
var diffTimes: [Double] = []
var renderTimes: [Double] = []
var encodeTimes: [Double] = []
for _ in 0..<runs {
    var changes: [Change] = []
    diffTimes.append(milliseconds { changes = diff(from: from, to: to) })
    changeCount = changes.count
    renderTimes.append(milliseconds { _ = changes.map(\.sql).joined(separator: ";\n") })
    encodeTimes.append(milliseconds { _ = try? encoder.encode(to) })
}
let createTimes = (0..<3).map { _ in milliseconds { _ = diff(from: Catalog(), to: to).count } }
let diffMs = median(diffTimes)
let encodeMs = median(encodeTimes)
print("tables: \(to.tables.count), changes: \(changeCount), runs: \(runs)")
print(String(format: "diff+plan (5%% changed): %.1f ms (median)", diffMs))
print(String(format: "render the changes' SQL: %.2f ms (median)", median(renderTimes)))
print(String(format: "reference, JSON-encode the catalog: %.1f ms (median)", encodeMs))
print(String(format: "ratio diff+plan / JSON-encode: %.2f", diffMs / encodeMs))
print(String(format: "full CREATE plan from an empty catalog (%d changes): %.1f ms (median of 3)",
    diff(from: Catalog(), to: to).count, median(createTimes)))
