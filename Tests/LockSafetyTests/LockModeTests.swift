import DBTestSupport
import LockSafety
import Postgres
import Testing

@Suite struct LockModeTests {
    /// Table 13.2 against the server: a session holding `held` makes `LOCK … NOWAIT` in every other mode fail
    /// (SQLSTATE 55P03) exactly when `conflicts(with:)` says so.
    @Test(arguments: LockMode.allCases) func conflictsMatchPostgres(_ held: LockMode) throws {
        let database = try TestCluster.newDatabase("modes")
        let holder = try Connection(database)
        try holder.execute("CREATE TABLE t (a int)")
        try holder.execute("BEGIN")
        try holder.execute("LOCK TABLE t IN \(held.sqlName) MODE")
        let requester = try Connection(database)
        for requested in LockMode.allCases {
            var refused = false
            do {
                try requester.execute("BEGIN")
                try requester.execute("LOCK TABLE t IN \(requested.sqlName) MODE NOWAIT")
            } catch let error as PostgresError {
                #expect(error.sqlState == "55P03", "\(error)")
                refused = true
            }
            try requester.execute("ROLLBACK")
            #expect(refused == held.conflicts(with: requested), "\(held.sqlName) held, \(requested.sqlName) asked")
        }
    }

    @Test func conflictsAreSymmetric() {
        for a in LockMode.allCases {
            for b in LockMode.allCases { #expect(a.conflicts(with: b) == b.conflicts(with: a)) }
        }
    }

    @Test func blockedTrafficFollowsTheConflicts() {
        let blocked = Dictionary(uniqueKeysWithValues: LockMode.allCases.map { ($0, $0.blockedTraffic) })
        #expect(blocked[.accessExclusive] == .readsAndWrites)
        #expect([LockMode.share, .shareRowExclusive, .exclusive].allSatisfy { blocked[$0] == .writes })
        #expect(
            [LockMode.accessShare, .rowShare, .rowExclusive, .shareUpdateExclusive].allSatisfy {
                blocked[$0] == .nothing
            })
    }

    @Test func namesRoundTrip() {
        for mode in LockMode.allCases {
            #expect(LockMode(pgLocksName: mode.pgLocksName) == mode)
            #expect(LockMode(sqlName: mode.sqlName.lowercased()) == mode)
        }
        #expect(LockMode.shareRowExclusive.pgLocksName == "ShareRowExclusiveLock")
    }
}
