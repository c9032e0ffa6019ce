import DBTestSupport
import LockSafety
import Postgres
import Testing

@Suite struct ConflictingHoldersTests {
    /// Another session holding `held` on the table is reported exactly when it conflicts with the SHARE lock
    /// `CREATE INDEX` needs, with who it is and what it runs.
    @Test(arguments: LockMode.allCases) func aHolderIsReportedOnlyWhenItsModeConflicts(_ held: LockMode) throws {
        let database = try TestCluster.newDatabase("holders")
        let holder = try Connection(database, applicationName: "holder-under-test")
        try holder.execute("CREATE TABLE t (a int)")
        try holder.execute("BEGIN")
        try holder.execute("LOCK TABLE t IN \(held.sqlName) MODE")
        defer { _ = try? holder.execute("ROLLBACK") }

        let table = RelationName(schema: "public", "t")
        let found = try ConflictingHolders.find([WantedLock(table, .share)], on: try Connection(database))
        guard held.conflicts(with: .share) else {
            #expect(found.isEmpty, "\(held.sqlName) does not conflict with SHARE: \(found)")
            return
        }
        let conflict = try #require(found.first)
        #expect(found.count == 1)
        #expect(conflict.relation == table)
        #expect(conflict.heldMode == held)
        #expect(conflict.wantedMode == .share)
        #expect(conflict.pid == Int(holder.backendPID))
        #expect(conflict.applicationName == "holder-under-test")
        #expect(conflict.state == "idle in transaction")
        #expect((conflict.transactionAgeMilliseconds ?? -1) >= 0)
        #expect(conflict.query.hasPrefix("LOCK TABLE t IN \(held.sqlName) MODE"))
        #expect(conflict.description.contains("pid \(holder.backendPID) (application_name 'holder-under-test'"))
        #expect(conflict.description.contains("holds \(held.sqlName) on public.t"))
    }

    @Test func theCallerAndOtherMigratorsAreNotHolders() throws {
        let database = try TestCluster.newDatabase("migrators")
        let caller = try Connection(database)
        try caller.execute("CREATE TABLE t (a int)")
        let migrationKey: Int64 = 0x6462_5F6D_6967_7261
        let migrator = try Connection(database, applicationName: "other db migrate")
        #expect(try migrator.tryAdvisoryLock(migrationKey))
        try migrator.execute("BEGIN")
        try migrator.execute("LOCK TABLE t IN ACCESS SHARE MODE")
        try caller.execute("BEGIN")
        try caller.execute("LOCK TABLE t IN ACCESS SHARE MODE")
        defer { _ = try? caller.execute("ROLLBACK") }

        let wanted = [WantedLock(RelationName(schema: "public", "t"), .accessExclusive)]
        let everyone = try ConflictingHolders.find(wanted, on: caller)
        #expect(everyone.map(\.pid) == [Int(migrator.backendPID)])  // never the caller itself
        #expect(try ConflictingHolders.find(wanted, on: caller, excludingAdvisoryLock: migrationKey).isEmpty)
    }

    @Test func relationsThatDoNotExistHaveNoHolders() throws {
        let connection = try Connection(try TestCluster.newDatabase("noholders"))
        #expect(
            try ConflictingHolders.find([WantedLock(RelationName("later"), .accessExclusive)], on: connection).isEmpty)
    }
}
