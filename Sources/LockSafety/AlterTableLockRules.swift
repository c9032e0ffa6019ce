import SQLSyntax

/// The `ALTER TABLE` half of the lock table: what each subcommand locks, per PostgreSQL 15 (`AlterTableGetLockLevel`
/// in tablecmds.c, the `ALTER TABLE` reference page), checked against `pg_locks` by `LockPredictionTests`.
struct AlterTableLockRules {
    let table: RelationName
    /// No `ONLY`: subcommands that recurse also lock every partition.
    let includesChildren: Bool

    /// The locks `command` (an `AlterTableCmd` body) takes.
    func locks(_ command: ParseNode) -> [LockPrediction] {
        guard let raw = command["subtype"]?.stringValue, let subcommand = AlterTableSubcommand(rawValue: raw) else {
            return [onTable(.accessExclusive, cause: .definitionChange, "ALTER TABLE (an unknown subcommand)")]
        }
        let column = command["name"]?.stringValue ?? ""
        switch subcommand {
        case .addColumn, .addColumnRecurse, .addColumnToView:
            return addColumn(command["def"]?["ColumnDef"])
        case .columnDefault, .cookedColumnDefault, .dropNotNull, .dropExpression, .setStorage, .setCompression,
            .dropColumn, .dropColumnRecurse, .dropConstraint, .dropConstraintRecurse, .addIdentity, .setIdentity,
            .dropIdentity:
            return [onTable(.accessExclusive, cause: .definitionChange, "ALTER TABLE \(describe(raw))", recurses: true)]
        case .setNotNull, .checkNotNull:
            return [
                onTable(
                    .accessExclusive, effect: .scans, cause: .setNotNull(column: column),
                    "SET NOT NULL on \(column) scans the table to prove it has no NULLs", recurses: true)
            ]
        case .setStatistics:
            return [onTable(.shareUpdateExclusive, cause: .definitionChange, "SET STATISTICS", recurses: true)]
        case .setOptions, .resetOptions, .dropCluster:
            return [onTable(.shareUpdateExclusive, cause: .definitionChange, "ALTER TABLE \(describe(raw))")]
        case .clusterOn:
            let index = RelationName(schema: table.schema, column)
            return [
                onTable(.shareUpdateExclusive, cause: .definitionChange, "CLUSTER ON marks the index"),
                LockPrediction(.relation(index), .shareUpdateExclusive, cause: .definitionChange, reason: "CLUSTER ON"),
            ]
        case .addConstraint, .addConstraintRecurse, .reAddConstraint, .reAddDomainConstraint, .addIndexConstraint:
            return addConstraint(command["def"]?["Constraint"])
        case .alterConstraint:
            return [onTable(.accessExclusive, cause: .definitionChange, "ALTER CONSTRAINT", recurses: true)]
        case .validateConstraint, .validateConstraintRecurse:
            return [
                onTable(
                    .shareUpdateExclusive, effect: .scans, cause: .constraintValidation(constraint: column),
                    "VALIDATE CONSTRAINT \(column) scans the table under a lock that lets reads and writes through",
                    recurses: true)
            ]
        case .alterColumnType:
            return [alterColumnType(column, command["def"]?["ColumnDef"])]
        case .setLogged, .setUnlogged, .setAccessMethod, .setTableSpace:
            return [
                onTable(
                    .accessExclusive, effect: .rewrites, cause: .tableRewrite,
                    "ALTER TABLE \(describe(raw)) writes a new copy of the table")
            ]
        case .setRelOptions, .resetRelOptions, .replaceRelOptions:
            return [storageParameters(command["def"])]
        case .enableTrigger, .enableAlwaysTrigger, .enableReplicaTrigger, .disableTrigger, .enableAllTriggers,
            .disableAllTriggers, .enableUserTriggers, .disableUserTriggers:
            return [onTable(.shareRowExclusive, cause: .definitionChange, "ALTER TABLE \(describe(raw))")]
        case .addInherit:
            var locks = [onTable(.accessExclusive, cause: .definitionChange, "INHERIT")]
            if let parent = command["def"]?.relationName {
                locks.append(
                    LockPrediction(
                        .relation(parent), .shareUpdateExclusive, cause: .referencedRelation,
                        reason: "INHERIT reads the parent's definition"))
            }
            return locks
        case .dropInherit:
            var locks = [onTable(.accessExclusive, cause: .definitionChange, "NO INHERIT")]
            if let parent = command["def"]?.relationName {
                locks.append(
                    LockPrediction(
                        .relation(parent), .accessShare, cause: .referencedRelation,
                        reason: "NO INHERIT detaches from the parent"))
            }
            return locks
        case .changeOwner, .alterColumnGenericOptions, .dropOids, .enableRule, .enableAlwaysRule,
            .enableReplicaRule, .disableRule, .addOf, .dropOf, .replicaIdentity, .enableRowSecurity,
            .disableRowSecurity, .forceRowSecurity, .noForceRowSecurity, .genericOptions, .reAddComment,
            .addIndex, .reAddIndex, .reAddStatistics:
            return [onTable(.accessExclusive, cause: .definitionChange, "ALTER TABLE \(describe(raw))")]
        case .attachPartition:
            return attachPartition(command["def"]?["PartitionCmd"])
        case .detachPartition:
            return detachPartition(command["def"]?["PartitionCmd"])
        case .detachPartitionFinalize:
            return [onTable(.shareUpdateExclusive, cause: .partitioning, "DETACH PARTITION … FINALIZE")]
        }
    }

    // MARK: - Subcommands with more than one rule

    private func addColumn(_ definition: ParseNode?) -> [LockPrediction] {
        let column = definition?["colname"]?.stringValue ?? ""
        let constraints = definition?["constraints"]?.arrayValue.compactMap { $0["Constraint"] } ?? []
        let kinds = Set(constraints.compactMap { $0["contype"]?.stringValue })
        let typeName = definition?["typeName"]?["names"]?.nameParts.last ?? ""
        let cause = LockCause.addColumn(column: column)
        var locks: [LockPrediction] = []
        if ["serial", "serial2", "serial4", "serial8", "smallserial", "bigserial"].contains(typeName)
            || kinds.contains("CONSTR_IDENTITY") || kinds.contains("CONSTR_GENERATED")
        {
            locks.append(
                onTable(
                    .accessExclusive, effect: .rewrites, cause: cause,
                    "ADD COLUMN \(column) fills every row with a new value (serial, identity or generated), rewriting the table",
                    recurses: true))
        } else if let defaultValue = constraints.first(where: { $0["contype"]?.stringValue == "CONSTR_DEFAULT" }) {
            let functions = defaultValue["raw_expr"]?.functionsCalled ?? []
            locks.append(
                onTable(
                    .accessExclusive, effect: functions.isEmpty ? .cheap : .rewrites, cause: cause,
                    functions.isEmpty
                        ? "ADD COLUMN \(column) with a constant default is catalog-only (PostgreSQL 11+)"
                        : "ADD COLUMN \(column) rewrites the table when its default is volatile",
                    recurses: true, question: .columnDefault(functions: functions)))
        } else if kinds.contains("CONSTR_CHECK") || kinds.contains("CONSTR_NOTNULL") {
            locks.append(
                onTable(
                    .accessExclusive, effect: .scans, cause: cause,
                    "ADD COLUMN \(column) with a CHECK or NOT NULL scans the table to check the new column",
                    recurses: true))
        } else {
            locks.append(
                onTable(.accessExclusive, cause: cause, "ADD COLUMN \(column) is catalog-only", recurses: true))
        }
        for reference in constraints where reference["contype"]?.stringValue == "CONSTR_FOREIGN" {
            if let referenced = reference["pktable"]?.relationName { locks.append(referencedByForeignKey(referenced)) }
        }
        return locks
    }

    private func addConstraint(_ constraint: ParseNode?) -> [LockPrediction] {
        let name = constraint?["conname"]?.stringValue ?? "(unnamed)"
        let validated = !(constraint?["skip_validation"]?.boolValue ?? false)
        switch constraint?["contype"]?.stringValue {
        case "CONSTR_FOREIGN":
            var locks = [
                onTable(
                    .shareRowExclusive, effect: validated ? .scans : .cheap,
                    cause: .constraintAdded(constraint: name, kind: .foreignKey, validated: validated),
                    validated
                        ? "ADD FOREIGN KEY \(name) checks every row while writes are blocked"
                        : "ADD FOREIGN KEY \(name) NOT VALID checks only new rows",
                    recurses: true)
            ]
            if let referenced = constraint?["pktable"]?.relationName {
                locks.append(referencedByForeignKey(referenced))
            }
            return locks
        case "CONSTR_CHECK":
            return [
                onTable(
                    .accessExclusive, effect: validated ? .scans : .cheap,
                    cause: .constraintAdded(constraint: name, kind: .check, validated: validated),
                    validated
                        ? "ADD CHECK \(name) checks every row while reads and writes are blocked"
                        : "ADD CHECK \(name) NOT VALID checks only new rows",
                    recurses: true)
            ]
        case "CONSTR_PRIMARY", "CONSTR_UNIQUE":
            let kind: ConstraintKind = constraint?["contype"]?.stringValue == "CONSTR_PRIMARY" ? .primaryKey : .unique
            if let index = constraint?["indexname"]?.stringValue {
                let renamesIndex = constraint?["conname"]?.stringValue.map { $0 != index } ?? false
                return [
                    onTable(
                        .accessExclusive, effect: kind == .primaryKey ? .scans : .cheap,
                        cause: .constraintAdded(constraint: name, kind: kind, validated: true),
                        kind == .primaryKey
                            ? "ADD PRIMARY KEY USING INDEX \(index) scans to prove NOT NULL unless its columns already are"
                            : "ADD UNIQUE USING INDEX \(index) adopts an index built beforehand"),
                    LockPrediction(
                        .relation(RelationName(schema: table.schema, index)),
                        renamesIndex ? .shareUpdateExclusive : .accessShare, cause: .definitionChange,
                        reason: renamesIndex
                            ? "the index is renamed to the constraint's name" : "the index becomes the constraint's"),
                ]
            }
            return [constraintIndexBuild(name, kind)]
        case "CONSTR_EXCLUSION":
            return [constraintIndexBuild(name, .exclusion)]
        default:
            return [onTable(.accessExclusive, cause: .definitionChange, "ADD CONSTRAINT \(name)", recurses: true)]
        }
    }

    private func constraintIndexBuild(_ name: String, _ kind: ConstraintKind) -> LockPrediction {
        onTable(
            .accessExclusive, effect: .scans, cause: .constraintIndexBuild(constraint: name),
            "ADD \(kind.rawValue.uppercased()) \(name) builds its index while reads and writes are blocked",
            recurses: true)
    }

    private func alterColumnType(_ column: String, _ definition: ParseNode?) -> LockPrediction {
        let typeName = definition?["typeName"]
        let hasUsing = definition?["raw_default"] != nil
        let target = typeName?["names"]?.nameParts.last
        let unbounded = typeName?["typmods"]?.arrayValue.isEmpty ?? true
        // From the parse tree alone: text and unbounded varchar take varchar/text columns without a rewrite, the
        // usual case. The catalog probe settles every other case.
        let likelyFree = !hasUsing && (target == "text" || (target == "varchar" && unbounded))
        return onTable(
            .accessExclusive, effect: likelyFree ? .cheap : .rewrites, cause: .columnTypeChange(column: column),
            "ALTER COLUMN \(column) TYPE rewrites the table unless the change is binary-coercible", recurses: true,
            question: typeName?.typeSQL.map { .columnType(column: column, newType: $0, hasUsing: hasUsing) })
    }

    /// Storage parameters take SHARE UPDATE EXCLUSIVE, except the few Postgres marks ACCESS EXCLUSIVE
    /// (`user_catalog_table` and the view options).
    private func storageParameters(_ options: ParseNode?) -> LockPrediction {
        let names =
            (options?["List"]?["items"] ?? options)?.arrayValue.compactMap { $0["DefElem"]?["defname"]?.stringValue }
            ?? []
        let exclusive: Set<String> = ["user_catalog_table", "check_option", "security_barrier", "security_invoker"]
        let mode: LockMode = names.contains(where: exclusive.contains) ? .accessExclusive : .shareUpdateExclusive
        return onTable(mode, cause: .definitionChange, "storage parameters \(names.joined(separator: ", "))")
    }

    private func attachPartition(_ command: ParseNode?) -> [LockPrediction] {
        var locks = [onTable(.shareUpdateExclusive, cause: .partitioning, "ATTACH PARTITION on the parent")]
        if let partition = command?["name"]?.relationName {
            locks.append(
                LockPrediction(
                    .relation(partition), .accessExclusive, effect: .scans, cause: .partitioning,
                    reason: "ATTACH PARTITION scans \(partition) to check the bound unless a CHECK constraint proves it"
                ))
        }
        locks.append(
            LockPrediction(
                .defaultPartitionOf(table), .accessExclusive, effect: .scans, cause: .partitioning,
                reason: "a default partition is scanned for rows that now belong to the new partition"))
        return locks
    }

    private func detachPartition(_ command: ParseNode?) -> [LockPrediction] {
        let concurrently = command?["concurrent"]?.boolValue ?? false
        let mode: LockMode = concurrently ? .shareUpdateExclusive : .accessExclusive
        let what = concurrently ? "DETACH PARTITION CONCURRENTLY" : "DETACH PARTITION"
        var locks = [onTable(mode, cause: .partitioning, "\(what) on the parent")]
        if let partition = command?["name"]?.relationName {
            locks.append(LockPrediction(.relation(partition), mode, cause: .partitioning, reason: what))
        }
        if !concurrently {
            locks.append(
                LockPrediction(
                    .defaultPartitionOf(table), .accessExclusive, cause: .partitioning,
                    reason: "the default partition's implied bound changes"))
        }
        return locks
    }

    // MARK: - Building predictions

    private func referencedByForeignKey(_ referenced: RelationName) -> LockPrediction {
        LockPrediction(
            .relation(referenced), .shareRowExclusive, cause: .referencedRelation,
            reason: "a new foreign key adds triggers to the referenced table \(referenced), blocking its writes")
    }

    private func onTable(
        _ mode: LockMode, effect: TableEffect = .cheap, cause: LockCause, _ reason: String, recurses: Bool = false,
        question: CatalogQuestion? = nil
    ) -> LockPrediction {
        LockPrediction(
            .relation(table), mode, effect: effect, cause: cause, reason: reason,
            includesPartitions: recurses && includesChildren, question: question)
    }

    /// `AT_SetNotNull` → `SetNotNull`, for messages.
    private func describe(_ subtype: String) -> String { String(subtype.dropFirst(3)) }
}
