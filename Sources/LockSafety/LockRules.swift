import SQLSyntax

/// The table-level locks one top-level statement takes, from its libpg_query parse tree (`ParsedStatement.node`).
///
/// This is the lock table of the project: one rule per statement kind (and, in `AlterTableLockRules`, per
/// `ALTER TABLE` subcommand), per the PostgreSQL 15 documentation ("Explicit Locking" and each command's page) and
/// checked row by row against `pg_locks` by `LockPredictionTests`. Relations are named as written; partitions,
/// indexes' tables and default partitions are resolved by `CatalogRefinement`. Statements that lock no user relation
/// (`GRANT`, `CREATE FUNCTION`, `SET`, …) and those whose locks the parse tree cannot show (`DO`, `CALL`, function
/// bodies) give no predictions.
public func predictLocks(_ statement: ParseNode) -> [LockPrediction] {
    guard let (kind, body) = statement.tagged else { return [] }
    switch kind {
    case "SelectStmt":
        let locking = !(body["lockingClause"]?.arrayValue.isEmpty ?? true)
        return reads(body, mode: locking ? .rowShare : .accessShare, "SELECT") + sequenceCalls(body)
    case "InsertStmt", "UpdateStmt", "DeleteStmt", "MergeStmt":
        return written(body["relation"], kind) + reads(body, mode: .accessShare, kind) + sequenceCalls(body)
    case "CopyStmt":
        guard body["relation"] != nil else { return reads(body, mode: .accessShare, "COPY (query)") }
        let from = body["is_from"]?.boolValue ?? false
        return from
            ? written(body["relation"], "COPY FROM") : single(body["relation"], .accessShare, .rowAccess, "COPY TO")
    case "ExplainStmt":
        return body["query"].map(predictLocks) ?? []
    case "LockStmt":
        let mode = body["mode"]?.intValue.flatMap(LockMode.init(rawValue:)) ?? .accessExclusive
        return each(body["relations"], mode, .explicitLock, "LOCK TABLE IN \(mode.sqlName) MODE", partitions: true)
    case "TruncateStmt":
        return each(body["relations"], .accessExclusive, .removal, "TRUNCATE empties the table", partitions: true)
    case "DropStmt":
        return drop(body)
    case "IndexStmt":
        let concurrently = body["concurrent"]?.boolValue ?? false
        let name = body["idxname"]?.stringValue.map { " \($0)" } ?? ""
        return single(
            body["relation"], concurrently ? .shareUpdateExclusive : .share, .indexBuild(concurrently: concurrently),
            concurrently
                ? "CREATE INDEX CONCURRENTLY\(name) builds while writes go on"
                : "CREATE INDEX\(name) blocks writes while it builds", effect: .scans, partitions: true)
    case "CreateTrigStmt":
        return single(body["relation"], .shareRowExclusive, .definitionChange, "CREATE TRIGGER", partitions: true)
    case "CreatePolicyStmt", "AlterPolicyStmt":
        return single(
            body["table"], .accessExclusive, .definitionChange,
            kind == "CreatePolicyStmt" ? "CREATE POLICY" : "ALTER POLICY")
    case "RuleStmt":
        return single(body["relation"], .accessExclusive, .definitionChange, "CREATE RULE")
    case "CommentStmt":
        return comment(body)
    case "RenameStmt":
        return rename(body)
    case "AlterObjectSchemaStmt":
        guard body["relation"] != nil else { return [] }
        return single(body["relation"], .accessExclusive, .definitionChange, "SET SCHEMA")
    case "AlterTableStmt":
        guard let table = body["relation"]?.relationName, body["objtype"]?.stringValue != "OBJECT_TYPE" else {
            return []
        }
        let rules = AlterTableLockRules(table: table, includesChildren: body["relation"]?.includesChildren ?? false)
        return (body["cmds"]?.arrayValue ?? []).flatMap { $0["AlterTableCmd"].map(rules.locks) ?? [] }
    case "AlterSeqStmt":
        return single(body["sequence"], .shareRowExclusive, .definitionChange, "ALTER SEQUENCE")
    case "CreateStmt":
        return createTable(body)
    case "CreateTableAsStmt":
        return reads(body["query"], mode: .accessShare, "CREATE … AS", cause: .referencedRelation)
    case "ViewStmt":
        var locks = reads(body["query"], mode: .accessShare, "CREATE VIEW", cause: .referencedRelation)
        if body["replace"]?.boolValue ?? false {
            locks += single(body["view"], .accessExclusive, .definitionChange, "CREATE OR REPLACE VIEW")
        }
        return locks
    case "RefreshMatViewStmt":
        let concurrently = body["concurrent"]?.boolValue ?? false
        return single(
            body["relation"], concurrently ? .exclusive : .accessExclusive, .refresh(concurrently: concurrently),
            concurrently
                ? "REFRESH MATERIALIZED VIEW CONCURRENTLY blocks writes but not reads"
                : "REFRESH MATERIALIZED VIEW replaces the contents while reads are blocked",
            effect: concurrently ? .scans : .rewrites)
    case "ClusterStmt":
        guard let table = body["relation"]?.relationName else { return [] }
        var locks = [
            LockPrediction(
                .relation(table), .accessExclusive, effect: .rewrites, cause: .cluster,
                reason: "CLUSTER rewrites the table in index order while reads and writes are blocked")
        ]
        if let index = body["indexname"]?.stringValue {
            locks.append(
                LockPrediction(
                    .relation(RelationName(schema: table.schema, index)), .accessExclusive, cause: .definitionChange,
                    reason: "CLUSTER rebuilds the index with the table"))
        }
        return locks
    case "VacuumStmt":
        return vacuum(body)
    case "ReindexStmt":
        return reindex(body)
    case "CreateStatsStmt":
        return each(body["relations"], .shareUpdateExclusive, .definitionChange, "CREATE STATISTICS")
    default:
        return []
    }
}

// MARK: - Statement kinds with more than one rule

private func drop(_ body: ParseNode) -> [LockPrediction] {
    let objects = body["objects"]?.arrayValue.map(\.nameParts) ?? []
    let concurrently = body["concurrent"]?.boolValue ?? false
    switch body["removeType"]?.stringValue {
    case "OBJECT_TABLE", "OBJECT_VIEW", "OBJECT_MATVIEW", "OBJECT_SEQUENCE", "OBJECT_FOREIGN_TABLE":
        return objects.compactMap(relation(from:)).map {
            LockPrediction(
                .relation($0), .accessExclusive, cause: .removal, reason: "DROP removes \($0)", includesPartitions: true
            )
        }
    case "OBJECT_INDEX":
        let mode: LockMode = concurrently ? .shareUpdateExclusive : .accessExclusive
        let what = concurrently ? "DROP INDEX CONCURRENTLY" : "DROP INDEX"
        return objects.compactMap(relation(from:)).flatMap { index in
            [
                LockPrediction(.relation(index), mode, cause: .removal, reason: what),
                LockPrediction(.tableOfIndex(index), mode, cause: .removal, reason: "\(what) on the index's table"),
            ]
        }
    case "OBJECT_TRIGGER", "OBJECT_POLICY", "OBJECT_RULE":
        return objects.compactMap { relation(from: Array($0.dropLast())) }.map {
            LockPrediction(.relation($0), .accessExclusive, cause: .definitionChange, reason: "DROP on \($0)")
        }
    default:
        return []
    }
}

private func comment(_ body: ParseNode) -> [LockPrediction] {
    let parts = body["object"]?.nameParts ?? []
    switch body["objtype"]?.stringValue {
    case "OBJECT_TABLE", "OBJECT_VIEW", "OBJECT_MATVIEW", "OBJECT_INDEX", "OBJECT_SEQUENCE", "OBJECT_FOREIGN_TABLE":
        return relation(from: parts).map { [commentLock(on: $0, .shareUpdateExclusive)] } ?? []
    case "OBJECT_COLUMN":
        return relation(from: Array(parts.dropLast())).map { [commentLock(on: $0, .shareUpdateExclusive)] } ?? []
    case "OBJECT_TABCONSTRAINT", "OBJECT_TRIGGER", "OBJECT_POLICY", "OBJECT_RULE":
        return relation(from: Array(parts.dropLast())).map { [commentLock(on: $0, .accessShare)] } ?? []
    default:
        return []
    }
}

private func commentLock(on relation: RelationName, _ mode: LockMode) -> LockPrediction {
    LockPrediction(.relation(relation), mode, cause: .definitionChange, reason: "COMMENT ON \(relation)")
}

private func rename(_ body: ParseNode) -> [LockPrediction] {
    let renamed = body["renameType"]?.stringValue ?? ""
    switch renamed {
    case "OBJECT_INDEX":
        return single(body["relation"], .shareUpdateExclusive, .definitionChange, "ALTER INDEX … RENAME")
    case "OBJECT_COLUMN", "OBJECT_TABCONSTRAINT":
        return single(body["relation"], .accessExclusive, .definitionChange, "RENAME", partitions: true)
    case "OBJECT_TABLE", "OBJECT_VIEW", "OBJECT_MATVIEW", "OBJECT_SEQUENCE", "OBJECT_FOREIGN_TABLE", "OBJECT_TRIGGER",
        "OBJECT_POLICY", "OBJECT_RULE":
        return single(body["relation"], .accessExclusive, .definitionChange, "RENAME")
    default:
        return []
    }
}

private func createTable(_ body: ParseNode) -> [LockPrediction] {
    var locks: [LockPrediction] = []
    let parents = body["inhRelations"]?.arrayValue.compactMap(\.relationName) ?? []
    if let bound = body["partbound"] {
        for parent in parents {
            locks.append(
                LockPrediction(
                    .relation(parent), .accessExclusive, cause: .partitioning,
                    reason: "CREATE TABLE … PARTITION OF \(parent) blocks reads and writes on the parent"))
            if !(bound["is_default"]?.boolValue ?? false) {
                locks.append(
                    LockPrediction(
                        .defaultPartitionOf(parent), .accessExclusive, effect: .scans, cause: .partitioning,
                        reason: "the default partition is scanned for rows that belong to the new partition"))
            }
        }
    } else {
        locks += parents.map {
            LockPrediction(.relation($0), .shareUpdateExclusive, cause: .referencedRelation, reason: "INHERITS \($0)")
        }
    }
    body["tableElts"]?.walk { node in
        if let constraint = node["Constraint"], constraint["contype"]?.stringValue == "CONSTR_FOREIGN",
            let referenced = constraint["pktable"]?.relationName
        {
            locks.append(
                LockPrediction(
                    .relation(referenced), .shareRowExclusive, cause: .referencedRelation,
                    reason: "a foreign key adds triggers to the referenced table \(referenced), blocking its writes"))
        }
        if let like = node["TableLikeClause"]?["relation"]?.relationName {
            locks.append(
                LockPrediction(.relation(like), .accessShare, cause: .referencedRelation, reason: "LIKE \(like)"))
        }
    }
    return locks
}

private func vacuum(_ body: ParseNode) -> [LockPrediction] {
    let options = Set(body["options"]?.arrayValue.compactMap { $0["DefElem"]?["defname"]?.stringValue } ?? [])
    let relations = body["rels"]?.arrayValue.compactMap { $0["VacuumRelation"]?["relation"] } ?? []
    let vacuums = body["is_vacuumcmd"]?.boolValue ?? false
    return relations.compactMap { relation in
        relation.relationName.map {
            if vacuums && options.contains("full") {
                return LockPrediction(
                    .relation($0), .accessExclusive, effect: .rewrites, cause: .vacuumFull,
                    reason: "VACUUM FULL rewrites \($0) while reads and writes are blocked", includesPartitions: true)
            }
            return vacuums
                ? LockPrediction(
                    .relation($0), .shareUpdateExclusive, effect: .scans, cause: .maintenance,
                    reason: "VACUUM reads \($0) while reads and writes go on", includesPartitions: true)
                : LockPrediction(
                    .relation($0), .shareUpdateExclusive, cause: .maintenance,
                    reason: "ANALYZE reads a sample of \($0) while reads and writes go on", includesPartitions: true)
        }
    }
}

private func reindex(_ body: ParseNode) -> [LockPrediction] {
    let concurrently =
        body["params"]?.arrayValue.contains { $0["DefElem"]?["defname"]?.stringValue == "concurrently" } ?? false
    guard let relation = body["relation"]?.relationName else { return [] }
    let cause = LockCause.reindex(concurrently: concurrently)
    let what = concurrently ? "REINDEX CONCURRENTLY" : "REINDEX"
    let tableMode: LockMode = concurrently ? .shareUpdateExclusive : .share
    switch body["kind"]?.stringValue {
    case "REINDEX_OBJECT_TABLE":
        return [
            LockPrediction(
                .relation(relation), tableMode, effect: .scans, cause: cause,
                reason: concurrently
                    ? "\(what) rebuilds the indexes while writes go on"
                    : "\(what) blocks writes (and reads that use the indexes) while it rebuilds them",
                includesPartitions: true)
        ]
    case "REINDEX_OBJECT_INDEX":
        return [
            LockPrediction(
                .relation(relation), concurrently ? .shareUpdateExclusive : .accessExclusive, cause: cause,
                reason: concurrently
                    ? "\(what) builds a replacement index" : "\(what) blocks every query that would use the index"),
            LockPrediction(
                .tableOfIndex(relation), tableMode, effect: .scans, cause: cause,
                reason: "\(what) reads the table to rebuild the index"),
        ]
    default:
        return []
    }
}

// MARK: - Building predictions

/// The table a DML statement writes.
private func written(_ relation: ParseNode?, _ kind: String) -> [LockPrediction] {
    single(
        relation, .rowExclusive, .rowAccess, kind.replacingOccurrences(of: "Stmt", with: "").uppercased(),
        partitions: true)
}

/// Every relation a query names (other than the written one), in `mode`.
private func reads(_ query: ParseNode?, mode: LockMode, _ what: String, cause: LockCause = .rowAccess)
    -> [LockPrediction]
{
    (query?.relationsRead ?? []).map {
        LockPrediction(
            .relation($0.name), mode, cause: cause, reason: "\(what) reads \($0.name)",
            includesPartitions: $0.includesChildren)
    }
}

/// `nextval`/`setval`/`currval` with a literal sequence name.
private func sequenceCalls(_ query: ParseNode) -> [LockPrediction] {
    query.sequencesUsed.map {
        LockPrediction(.relation($0), .rowExclusive, cause: .rowAccess, reason: "a sequence function on \($0)")
    }
}

private func single(
    _ relation: ParseNode?, _ mode: LockMode, _ cause: LockCause, _ reason: String, effect: TableEffect = .cheap,
    partitions: Bool = false
) -> [LockPrediction] {
    guard let relation, let name = relation.relationName else { return [] }
    return [
        LockPrediction(
            .relation(name), mode, effect: effect, cause: cause, reason: reason,
            includesPartitions: partitions && relation.includesChildren)
    ]
}

private func each(
    _ relations: ParseNode?, _ mode: LockMode, _ cause: LockCause, _ reason: String, partitions: Bool = false
)
    -> [LockPrediction]
{
    (relations?.arrayValue ?? []).flatMap { single($0, mode, cause, reason, partitions: partitions) }
}

/// `[schema,] name` from a name list; `nil` for an empty list.
private func relation(from parts: [String]) -> RelationName? {
    guard let name = parts.last else { return nil }
    return RelationName(schema: parts.count > 1 ? parts[parts.count - 2] : nil, name)
}
