import SQLSyntax

/// Whether a statement of a `-- db:no-transaction` file that failed on its lock timeout may be sent again. Sent on
/// its own, a statement is one transaction that the timeout rolled back entirely, except for the few that commit
/// part of their work before they finish.
enum StatementRetry: Equatable {
    /// Nothing of it stayed: send it again.
    case safe
    /// `CREATE INDEX CONCURRENTLY index ON table` (`table` as `to_regclass` reads it): a failure after its first
    /// phase leaves an INVALID index of that name, which is dropped first.
    case afterDroppingInvalidIndex(index: String, table: String)
    /// It may have committed part of its work; `reason` says why it is not retried.
    case unsafe(reason: String)

    /// The retry kind of a top-level statement's parse tree.
    init(_ node: ParseNode) {
        guard let (kind, body) = node.tagged else {
            self = .safe
            return
        }
        switch kind {
        case "DoStmt", "CallStmt":
            self = .unsafe(reason: "a DO block or procedure run outside a transaction can COMMIT part of its work")
        case "IndexStmt" where body["concurrent"]?.boolValue ?? false:
            guard let index = body["idxname"]?.stringValue, let relation = body["relation"],
                let table = relation["relname"]?.stringValue
            else {
                self = .unsafe(
                    reason: "an unnamed CREATE INDEX CONCURRENTLY leaves an INVALID index under a name of the "
                        + "server's choosing; name the index")
                return
            }
            let schema = relation["schemaname"]?.stringValue
            self = .afterDroppingInvalidIndex(
                index: index, table: (schema.map { quoteIdentifier($0) + "." } ?? "") + quoteIdentifier(table))
        case "ReindexStmt" where body["params"]?.arrayValue.contains(where: \.isConcurrentlyOption) ?? false:
            self = .unsafe(reason: "a failed REINDEX CONCURRENTLY leaves INVALID _ccnew indexes behind")
        case "AlterTableStmt" where body["cmds"]?.arrayValue.contains(where: \.isConcurrentDetach) ?? false:
            self = .unsafe(
                reason: "a failed DETACH PARTITION CONCURRENTLY must be finished with DETACH PARTITION … FINALIZE")
        default:
            self = .safe
        }
    }
}

extension ParseNode {
    /// A `DefElem` option `concurrently`, as in `REINDEX (CONCURRENTLY)`.
    fileprivate var isConcurrentlyOption: Bool { self["DefElem"]?["defname"]?.stringValue == "concurrently" }

    /// An `AlterTableCmd` of `DETACH PARTITION … CONCURRENTLY`.
    fileprivate var isConcurrentDetach: Bool {
        self["AlterTableCmd"]?["def"]?["PartitionCmd"]?["concurrent"]?.boolValue ?? false
    }
}
