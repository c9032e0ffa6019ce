import Foundation
import LockSafety
import SQLSyntax

/// The rules applied to one file's statements, with what the file has done so far.
struct FileLintPass {
    let file: LintInput
    var context: LintContext
    private(set) var findings: [LintFinding] = []

    private let ignoredRules: Set<LintRule>
    private let runsInTransaction: Bool
    /// Tables, views, sequences and indexes created earlier in this file: empty, and invisible to other sessions.
    private(set) var createdRelations: Set<String> = []
    private var notNullChecksByName: [String: String] = [:]
    /// `table.column` pairs a validated `CHECK (column IS NOT NULL)` in this file proves.
    private(set) var provenNotNull: Set<String> = []
    private var addedEnumLabels: [String: Int] = [:]
    private var replacedFunctions: [(name: String, line: Int, settings: Set<String>)] = []
    private var functionSettingsSetHere: [String: Set<String>] = [:]
    private var rlsEnabledAt: [String: Int] = [:]
    private var tenantTablesCreatedAt: [String: Int] = [:]
    private var lockTimeoutSet = false
    private var reportedMissingLockTimeout = false

    init(file: LintInput, context: LintContext) {
        self.file = file
        self.context = context
        self.ignoredRules = Self.ignoredRules(in: file.sql)
        self.runsInTransaction = !file.sql.split(separator: "\n").prefix(5).contains {
            $0.trimmingCharacters(in: .whitespaces) == "-- db:no-transaction"
        }
    }

    mutating func check(_ statements: [ParsedStatement]) {
        for statement in statements {
            guard let (kind, body) = statement.node.tagged else { continue }
            checkEnumLabelUse(statement)
            switch kind {
            case "CreateStmt": checkCreateTable(body, line: statement.line)
            case "AlterTableStmt": checkAlterTable(body, line: statement.line)
            case "IndexStmt", "CreateTableAsStmt", "ViewStmt", "CreateSeqStmt": recordCreatedRelation(body)
            case "DropStmt": checkDrop(body, line: statement.line)
            case "RenameStmt": checkRename(body, line: statement.line)
            case "AlterEnumStmt": recordEnumValue(body, line: statement.line)
            case "CreateFunctionStmt": recordFunction(body, line: statement.line)
            case "AlterFunctionStmt": recordFunctionSettings(body)
            case "CreatePolicyStmt": checkPolicy(body, line: statement.line)
            case "VariableSetStmt" where body["name"]?.stringValue == "lock_timeout": lockTimeoutSet = true
            default: break
            }
            checkLocks(statement)
        }
        finishFile()
    }

    // MARK: - Tables and columns

    private mutating func checkCreateTable(_ body: ParseNode, line: Int) {
        let table = Self.tableName(body["relation"])
        createdRelations.insert(table)
        let columns = body["tableElts"]?.arrayValue.compactMap { $0["ColumnDef"]?["colname"]?.stringValue } ?? []
        if columns.contains(where: { context.tenantColumns.contains($0) }) { tenantTablesCreatedAt[table] = line }
    }

    private mutating func checkAlterTable(_ body: ParseNode, line: Int) {
        let table = Self.tableName(body["relation"])
        let existing = !createdRelations.contains(table)
        for command in body["cmds"]?.arrayValue ?? [] {
            guard let alter = command["AlterTableCmd"] else { continue }
            let column = alter["name"]?.stringValue ?? ""
            switch alter["subtype"]?.stringValue {
            case "AT_AddColumn" where existing:
                let constraints = alter["def"]?["ColumnDef"]?["constraints"]?.arrayValue ?? []
                let types = constraints.compactMap { $0["Constraint"]?["contype"]?.stringValue }
                if types.contains("CONSTR_NOTNULL") && !types.contains("CONSTR_DEFAULT")
                    && !types.contains("CONSTR_IDENTITY") && !types.contains("CONSTR_GENERATED")
                {
                    let name = alter["def"]?["ColumnDef"]?["colname"]?.stringValue ?? ""
                    report(
                        .addNotNullColumnWithoutDefault, line,
                        "column \(name) is added to \(table) as NOT NULL without a default; this fails on a non-empty table"
                    )
                }
            case "AT_AddConstraint":
                recordNotNullProof(alter["def"]?["Constraint"], table: table)
            case "AT_ValidateConstraint":
                if let provenColumn = notNullChecksByName[column] { provenNotNull.insert(provenColumn) }
            case "AT_DropColumn":
                report(.dropColumn, line, "dropping \(table).\(column) loses its data and breaks code still reading it")
            case "AT_EnableRowSecurity":
                rlsEnabledAt[table] = line
                context.tablesWithRLS.insert(table)
            case "AT_ForceRowSecurity":
                context.tablesWithForcedRLS.insert(table)
            case "AT_NoForceRowSecurity":
                context.tablesWithForcedRLS.remove(table)
            default:
                break
            }
        }
    }

    /// A `CHECK (col IS NOT NULL)` proves `col` for a later `SET NOT NULL` once it is validated.
    private mutating func recordNotNullProof(_ constraint: ParseNode?, table: String) {
        guard let constraint, constraint["contype"]?.stringValue == "CONSTR_CHECK",
            let test = constraint["raw_expr"]?["NullTest"], test["nulltesttype"]?.stringValue == "IS_NOT_NULL",
            let column = test["arg"]?["ColumnRef"]?["fields"]?.arrayValue.last?["String"]?["sval"]?.stringValue
        else { return }
        if constraint["skip_validation"]?.boolValue ?? false {
            notNullChecksByName[constraint["conname"]?.stringValue ?? ""] = "\(table).\(column)"
        } else {
            provenNotNull.insert("\(table).\(column)")
        }
    }

    private mutating func recordCreatedRelation(_ body: ParseNode) {
        let name =
            body["idxname"]?.stringValue ?? body["into"]?["rel"]?["relname"]?.stringValue
            ?? body["view"]?["relname"]?.stringValue ?? body["sequence"]?["relname"]?.stringValue
        if let name { createdRelations.insert(name.lowercased()) }
    }

    private mutating func checkDrop(_ body: ParseNode, line: Int) {
        guard body["removeType"]?.stringValue == "OBJECT_TABLE" else { return }
        let names = body["objects"]?.arrayValue.map(\.dottedName).joined(separator: ", ") ?? ""
        report(.dropTable, line, "dropping table \(names) loses its data and breaks code still reading it")
    }

    private mutating func checkRename(_ body: ParseNode, line: Int) {
        let table = Self.tableName(body["relation"])
        let newName = body["newname"]?.stringValue ?? ""
        switch body["renameType"]?.stringValue {
        case "OBJECT_COLUMN":
            let old = body["subname"]?.stringValue ?? ""
            report(
                .renameColumn, line, "renaming \(table).\(old) to \(newName) breaks running code that uses the old name"
            )
        case "OBJECT_TABLE":
            report(.renameTable, line, "renaming \(table) to \(newName) breaks running code that uses the old name")
        default: return
        }
    }

    // MARK: - Enums, functions, policies

    private mutating func recordEnumValue(_ body: ParseNode, line: Int) {
        guard body["oldVal"] == nil, let label = body["newVal"]?.stringValue, runsInTransaction else { return }
        addedEnumLabels[label] = line
    }

    private mutating func checkEnumLabelUse(_ statement: ParsedStatement) {
        guard !addedEnumLabels.isEmpty, statement.node.tagged?.kind != "AlterEnumStmt" else { return }
        var used: Set<String> = []
        statement.node.walk { node in
            if let value = node["A_Const"]?["sval"]?["sval"]?.stringValue, addedEnumLabels[value] != nil {
                used.insert(value)
            }
        }
        for label in used.sorted() {
            report(
                .enumValueUsedInSameTransaction, statement.line,
                "enum value '\(label)' added at line \(addedEnumLabels[label]!) is used before the transaction commits (\"unsafe use of new value\")"
            )
            addedEnumLabels[label] = nil
        }
    }

    private mutating func recordFunction(_ body: ParseNode, line: Int) {
        let name = Self.functionName(body["funcname"])
        let settings = Set(Self.settingNames(body["options"]))
        if body["replace"]?.boolValue ?? false { replacedFunctions.append((name, line, settings)) }
        functionSettingsSetHere[name, default: []].formUnion(settings)
    }

    private mutating func recordFunctionSettings(_ body: ParseNode) {
        let name = Self.functionName(body["func"]?["objname"])
        functionSettingsSetHere[name, default: []].formUnion(Self.settingNames(body["actions"]))
    }

    private mutating func checkPolicy(_ body: ParseNode, line: Int) {
        let roles = body["roles"]?.arrayValue.compactMap { $0["RoleSpec"] } ?? []
        let isPublic = roles.isEmpty || roles.contains { $0["roletype"]?.stringValue == "ROLESPEC_PUBLIC" }
        if isPublic {
            let name = body["policy_name"]?.stringValue ?? ""
            report(
                .policyWithoutRole, line,
                "policy \(name) on \(Self.tableName(body["table"])) applies to PUBLIC (every role)")
        }
    }

    // MARK: - End of file

    private mutating func finishFile() {
        for function in replacedFunctions {
            let known = context.functionSettings[function.name, default: []]
            let missing = known.subtracting(functionSettingsSetHere[function.name, default: []])
            if !missing.isEmpty {
                report(
                    .functionSettingsLost, function.line,
                    "CREATE OR REPLACE FUNCTION \(function.name) resets its settings \(missing.sorted().joined(separator: ", ")), which are not re-applied in this file"
                )
            }
        }
        for (name, settings) in functionSettingsSetHere {
            context.functionSettings[name, default: []].formUnion(settings)
        }
        for (table, line) in rlsEnabledAt.sorted(by: { $0.value < $1.value })
        where !context.tablesWithForcedRLS.contains(table) {
            report(
                .rlsWithoutForce, line,
                "row-level security on \(table) is enabled but not forced: the table owner bypasses the policies")
        }
        for (table, line) in tenantTablesCreatedAt.sorted(by: { $0.value < $1.value })
        where !context.tablesWithRLS.contains(table) {
            let columns = context.tenantColumns.sorted().joined(separator: "/")
            report(
                .tenantTableWithoutRLS, line,
                "tenant table \(table) (has a \(columns) column) has no row-level security")
        }
        findings.sort { ($0.line, $0.rule.rawValue) < ($1.line, $1.rule.rawValue) }
    }

    mutating func requireLockTimeout(line: Int) {
        guard !lockTimeoutSet, !reportedMissingLockTimeout else { return }
        reportedMissingLockTimeout = true
        report(
            .missingLockTimeout, line,
            "this statement takes a heavy lock on an existing table and no lock_timeout is set, so it can queue behind traffic and block it"
        )
    }

    mutating func report(_ rule: LintRule, _ line: Int, _ message: String) {
        guard !ignoredRules.contains(rule) else { return }
        findings.append(
            LintFinding(file: file.name, line: line, rule: rule, severity: rule.defaultSeverity, message: message))
    }

    // MARK: - Parse-tree helpers

    private static func tableName(_ relation: ParseNode?) -> String {
        (relation?["relname"]?.stringValue ?? "").lowercased()
    }

    private static func functionName(_ names: ParseNode?) -> String {
        (names?.arrayValue.last?["String"]?["sval"]?.stringValue ?? "").lowercased()
    }

    private static func settingNames(_ options: ParseNode?) -> [String] {
        options?.arrayValue.compactMap { option in
            guard let element = option["DefElem"], element["defname"]?.stringValue == "set",
                let set = element["arg"]?["VariableSetStmt"], set["kind"]?.stringValue == "VAR_SET_VALUE"
            else { return nil }
            return set["name"]?.stringValue
        } ?? []
    }

    /// Rules silenced by `-- db:lint-ignore rule-a, rule-b` comments anywhere in the file.
    private static func ignoredRules(in sql: String) -> Set<LintRule> {
        var rules: Set<LintRule> = []
        guard sql.contains("-- db:lint-ignore") else { return rules }
        for line in sql.split(separator: "\n") {
            let text = line.trimmingCharacters(in: .whitespaces)
            guard text.hasPrefix("-- db:lint-ignore") else { continue }
            let list = text.dropFirst("-- db:lint-ignore".count)
            for id in list.split(whereSeparator: { $0 == "," || $0 == " " }) {
                if let rule = LintRule(rawValue: String(id)) { rules.insert(rule) }
            }
        }
        return rules
    }
}
