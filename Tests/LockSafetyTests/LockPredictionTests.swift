import DBTestSupport
import LockSafety
import Postgres
import SQLSyntax
import Testing

/// Every row of the lock table against what Postgres really does: the strongest mode per relation in `pg_locks`,
/// and the effect (storage file replaced: rewrite; sequential scan counted: scan; neither: cheap).
@Suite struct LockPredictionTests {
    @Test(arguments: alterTableCases + statementCases + partitionCases)
    func predictionMatchesPostgres(_ lockCase: LockCase) throws {
        let database = try TestCluster.newDatabase("locks")
        let observer = try Connection(database)
        try observer.execute(lockCase.setup)
        let session = try Connection(database)
        let statement = try #require(try SQLParser.parse(lockCase.statement).first)
        let predictions = try CatalogRefinement(observer).refine(predictLocks(statement.node))
        let expected = Self.strongestModes(predictions)
        #expect(!predictions.isEmpty || lockCase.statement.hasPrefix("GRANT") || lockCase.statement.hasPrefix("REVOKE"))

        if let table = lockCase.blockedOn {
            let predicted = try #require(expected["public.\(table)"])
            let blocking = try #require(LockMode.allCases.first { $0.conflicts(with: predicted) })
            let waited = try ObservedStatement.waitingMode(
                lockCase.statement, on: table, blockingMode: blocking, database: database, blocker: session,
                observer: observer)
            #expect(waited == predicted, "waited for \(waited?.sqlName ?? "nothing") behind \(blocking.sqlName)")
            return
        }
        let observed = try ObservedStatement.inTransaction(lockCase.statement, session: session, observer: observer)
        let observedModes = observed.locks.filter {
            $0.value.kind != "i" && $0.value.kind != "I" || expected[$0.key] != nil
        }
        .mapValues(\.mode)
        #expect(
            observedModes == expected, "observed \(Self.describe(observedModes)), predicted \(Self.describe(expected))")

        for (relation, effect) in Self.effects(predictions) {
            guard let kind = observed.locks[relation]?.kind, kind == "r" || kind == "m" else { continue }
            let actual: TableEffect =
                observed.rewritten.contains(relation)
                ? .rewrites : observed.scanned.contains(relation) ? .scans : .cheap
            #expect(actual == effect, "\(relation): Postgres \(actual.rawValue), predicted \(effect.rawValue)")
        }
    }

    @Test func everyCaseIsDistinct() {
        let all = (alterTableCases + statementCases + partitionCases).map(\.testDescription)
        #expect(Set(all).count == all.count)
    }

    /// The strongest predicted mode per existing relation (`schema.name`).
    static func strongestModes(_ predictions: [LockPrediction]) -> [String: LockMode] {
        var modes: [String: LockMode] = [:]
        for prediction in predictions {
            guard case .relation(let name) = prediction.target, let schema = name.schema else { continue }
            modes["\(schema).\(name.name)"] = max(modes["\(schema).\(name.name)"] ?? prediction.mode, prediction.mode)
        }
        return modes
    }

    /// The predicted effect per relation, for locks that change the table (not row access, references or drops,
    /// whose reads and discarded storage say nothing about the prediction).
    static func effects(_ predictions: [LockPrediction]) -> [String: TableEffect] {
        var effects: [String: TableEffect] = [:]
        for prediction in predictions {
            guard case .relation(let name) = prediction.target, let schema = name.schema else { continue }
            switch prediction.cause {
            case .rowAccess, .referencedRelation, .removal, .explicitLock: continue
            default: break
            }
            let key = "\(schema).\(name.name)"
            effects[key] = max(effects[key] ?? prediction.effect, prediction.effect)
        }
        return effects
    }

    static func describe(_ modes: [String: LockMode]) -> String {
        modes.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.sqlName)" }.joined(separator: ", ")
    }
}
