import Postgres

/// A table lock a statement is about to ask for.
public struct WantedLock: Hashable, Sendable {
    public var relation: RelationName
    public var mode: LockMode

    public init(_ relation: RelationName, _ mode: LockMode) {
        self.relation = relation
        self.mode = mode
    }
}

/// A granted lock of another session that a wanted lock conflicts with: the statement would wait for it, and
/// every later request on the relation would queue behind the statement.
public struct ConflictingHolder: Hashable, Sendable, Codable, CustomStringConvertible {
    public var relation: RelationName
    public var wantedMode: LockMode
    public var heldMode: LockMode
    /// `nil` for a prepared transaction (`pg_prepared_xacts`), which belongs to no session.
    public var pid: Int?
    public var applicationName: String
    /// `active`, `idle in transaction`, …; empty for a prepared transaction.
    public var state: String
    /// How long its transaction has been open, in milliseconds; `nil` outside a transaction.
    public var transactionAgeMilliseconds: Int?
    /// Its current or last query, whitespace collapsed, at most 200 characters.
    public var query: String

    public init(
        relation: RelationName, wantedMode: LockMode, heldMode: LockMode, pid: Int?, applicationName: String,
        state: String, transactionAgeMilliseconds: Int?, query: String
    ) {
        self.relation = relation
        self.wantedMode = wantedMode
        self.heldMode = heldMode
        self.pid = pid
        self.applicationName = applicationName
        self.state = state
        self.transactionAgeMilliseconds = transactionAgeMilliseconds
        self.query = query
    }

    enum CodingKeys: String, CodingKey {
        case relation, pid, state, query
        case wantedMode = "wanted_mode"
        case heldMode = "held_mode"
        case applicationName = "application_name"
        case transactionAgeMilliseconds = "transaction_age_ms"
    }

    /// `pid 4242 (application_name 'psql', idle in transaction, transaction open ~3 min) holds ACCESS SHARE on
    /// public.events, which conflicts with the ACCESS EXCLUSIVE needed; its query: SELECT …`.
    public var description: String {
        let who =
            pid.map { pid in
                let application =
                    applicationName.isEmpty ? "no application_name" : "application_name '\(applicationName)'"
                let age =
                    transactionAgeMilliseconds.map {
                        ", transaction open \(SizeText.duration(Double($0) / 1000))"
                    } ?? ""
                return "pid \(pid) (\(application), \(state.isEmpty ? "state unknown" : state)\(age))"
            } ?? "a prepared transaction (see pg_prepared_xacts)"
        let last = query.isEmpty ? "" : "; its query: \(query)"
        return "\(who) holds \(heldMode.sqlName) on \(relation), which conflicts with the \(wantedMode.sqlName) "
            + "needed\(last)"
    }
}

/// Granted locks of other sessions that conflict with the locks a plan needs.
public enum ConflictingHolders {
    /// The holders conflicting with each of `wanted`, in one query over `pg_locks` and `pg_stat_activity`, by
    /// `LockMode.conflicts`. Left out: the caller's own session, sessions holding the bigint advisory lock
    /// `excludingAdvisoryLock` (other `db migrate` runs, which wait for the caller rather than hold it up), and
    /// relations that do not exist yet. Only relation locks in the connection's database count; sorted by relation,
    /// wanted mode and pid.
    public static func find(
        _ wanted: [WantedLock], on connection: Connection, excludingAdvisoryLock key: Int64? = nil
    ) throws -> [ConflictingHolder] {
        let relations = Array(Set(wanted.map(\.relation)))
        guard !relations.isEmpty else { return [] }
        let keyParts = key.map { key -> [String?] in
            let bits = UInt64(bitPattern: key)
            return [String(bits >> 32), String(bits & 0xFFFF_FFFF)]
        }
        let rows = try connection.query(
            """
            WITH wanted AS (
                SELECT w.position::int AS position, to_regclass(w.name) AS oid
                FROM jsonb_array_elements_text($1::jsonb) WITH ORDINALITY AS w(name, position)
            ), migrators AS (
                SELECT m.pid FROM pg_locks m
                WHERE m.locktype = 'advisory' AND m.granted AND m.objsubid = 1
                  AND m.classid = $2::bigint::oid AND m.objid = $3::bigint::oid
            )
            SELECT w.position, l.pid, l.mode, coalesce(a.application_name, '') AS application_name,
                   coalesce(a.state, '') AS state,
                   (extract(epoch FROM now() - a.xact_start) * 1000)::bigint AS transaction_age_ms,
                   left(regexp_replace(coalesce(a.query, ''), '\\s+', ' ', 'g'), 200) AS query
            FROM wanted w
            JOIN pg_locks l ON l.locktype = 'relation' AND l.relation = w.oid AND l.granted
            LEFT JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND l.pid IS DISTINCT FROM pg_backend_pid()
              AND (l.pid IS NULL OR l.pid NOT IN (SELECT pid FROM migrators))
            """, [try RelationName.jsonArrayParameter(relations)] + (keyParts ?? [nil, nil])
        ).rows
        var holders: Set<ConflictingHolder> = []
        for row in rows {
            guard let held = LockMode(pgLocksName: row.string("mode")) else { continue }
            let relation = relations[row.int("position") - 1]
            for lock in wanted where lock.relation == relation && lock.mode.conflicts(with: held) {
                holders.insert(
                    ConflictingHolder(
                        relation: relation, wantedMode: lock.mode, heldMode: held, pid: row.optionalInt("pid"),
                        applicationName: row.string("application_name"), state: row.string("state"),
                        transactionAgeMilliseconds: row.optionalInt("transaction_age_ms"), query: row.string("query")))
            }
        }
        return holders.sorted {
            ($0.relation.description, $0.wantedMode.rawValue, $0.pid ?? -1, $0.heldMode.rawValue)
                < ($1.relation.description, $1.wantedMode.rawValue, $1.pid ?? -1, $1.heldMode.rawValue)
        }
    }
}
