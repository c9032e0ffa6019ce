import DBTestSupport
import Foundation
import LockSafety
import Postgres
import Testing

@Suite struct LockPlannerTests {
    /// 10 MB/s for rewrites and scans: fixed, so estimates are exact and the test does not depend on the machine.
    let rate = Throughput(bytesPerSecond: 10_000_000)

    @Test func aRewriteOfTheMillionRowTableIsSizedEstimatedAndOverBudget() throws {
        let connection = try SizedTables.connection()
        let planner = LockPlanner(connection, throughput: rate, maxLockSeconds: 1)
        let report = try planner.plan([
            PendingFile(
                name: "1_big.sql", sql: "ALTER TABLE big ALTER COLUMN id TYPE bigint;", runsInTransaction: true),
            PendingFile(
                name: "2_empty.sql", sql: "-- the same change\nALTER TABLE empty ALTER COLUMN id TYPE bigint;",
                runsInTransaction: true),
        ])
        let (big, empty) = (report.statements[0], report.statements[1])
        let totalBytes = try SizedTables.integer("pg_total_relation_size('big')", on: connection)
        let bigLock = try #require(big.locks.first)
        #expect(big.locks.count == 1)
        #expect(bigLock.relation == RelationName(schema: "public", "big"))
        #expect(bigLock.mode == .accessExclusive)
        #expect(bigLock.blocks == .readsAndWrites)
        #expect(bigLock.effect == .rewrites)
        #expect(bigLock.bytes == totalBytes)
        #expect(abs(bigLock.estimatedMilliseconds - totalBytes / 10_000) <= 1)
        #expect(big.overBudget && !big.withinBudget)

        let emptyLock = try #require(empty.locks.first)
        #expect(
            (empty.file, empty.line, empty.statement) == (
                "2_empty.sql", 2, "ALTER TABLE empty ALTER COLUMN id TYPE bigint"
            ))
        #expect(emptyLock.effect == .rewrites)
        #expect(emptyLock.rows == 0)
        #expect(bigLock.estimatedMilliseconds > 100 * max(emptyLock.estimatedMilliseconds, 1))
        #expect(empty.withinBudget)
        #expect(!report.withinBudget)
    }

    @Test func theJSONHasEveryFieldCorrectWithinTenPercentOfTheCatalog() throws {
        let connection = try SizedTables.connection()
        let report = try LockPlanner(connection, throughput: rate).plan([
            PendingFile(name: "1.sql", sql: "ALTER TABLE big ADD COLUMN n bigserial;", runsInTransaction: true)
        ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(report)
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(document["format"] as? Int == 1)
        #expect(document["max_lock_ms"] as? Int == 5000)
        #expect(document["within_budget"] as? Bool == false)
        let throughput = try #require(document["throughput"] as? [String: Any])
        #expect(throughput["rewrite_bytes_per_second"] as? Int == 10_000_000)
        #expect(throughput["scan_bytes_per_second"] as? Int == 10_000_000)
        #expect((throughput["source"] as? String)?.hasPrefix("given") == true)

        let statements = try #require(document["statements"] as? [[String: Any]])
        let statement = try #require(statements.first)
        #expect(
            Set(statement.keys) == [
                "file", "line", "statement", "locks", "work_ms", "lock_held_ms", "blocks", "conflicting_holders",
                "over_budget", "within_budget",
            ])
        #expect(statement["blocks"] as? String == "reads and writes")
        #expect(statement["over_budget"] as? Bool == true)
        let lock = try #require((statement["locks"] as? [[String: Any]])?.first)
        #expect(
            Set(lock.keys) == [
                "relation", "mode", "blocks", "effect", "rows", "rows_source", "bytes", "estimated_ms", "reasons",
            ])
        #expect(lock["relation"] as? [String: String] == ["schema": "public", "name": "big"])
        #expect(lock["mode"] as? String == "ACCESS EXCLUSIVE")
        #expect(lock["effect"] as? String == "rewrites")
        #expect(lock["rows_source"] as? String == "reltuples")
        let reltuples = try SizedTables.integer(
            "SELECT reltuples FROM pg_class WHERE oid = 'big'::regclass", on: connection)
        let rows = try #require(lock["rows"] as? Int)
        #expect(abs(Double(rows - reltuples)) <= 0.1 * Double(reltuples))
        #expect(abs(Double(rows - SizedTables.bigRows)) <= 0.1 * Double(SizedTables.bigRows))
        #expect(lock["bytes"] as? Int == (try SizedTables.integer("pg_total_relation_size('big')", on: connection)))
        #expect(try JSONDecoder().decode(LockPlanReport.self, from: data) == report)
    }

    @Test func aCheapLockHeldUntilCommitCountsTheWorkAfterIt() throws {
        let connection = try SizedTables.connection()
        let sql = """
            ALTER TABLE big ADD CONSTRAINT big_id_positive CHECK (id > 0) NOT VALID;
            ALTER TABLE big VALIDATE CONSTRAINT big_id_positive;
            """
        let planner = LockPlanner(connection, throughput: rate, maxLockSeconds: 1)
        let together = try planner.plan([PendingFile(name: "1.sql", sql: sql, runsInTransaction: true)])
        let (add, validate) = (together.statements[0], together.statements[1])
        #expect(add.workMilliseconds == 0)
        #expect(validate.locks.map(\.effect) == [.scans])
        #expect(validate.workMilliseconds > 1000)
        #expect(add.lockHeldMilliseconds == validate.workMilliseconds)
        #expect(add.overBudget)  // ACCESS EXCLUSIVE held while VALIDATE scans
        #expect(validate.blocks == .nothing && validate.withinBudget)  // SHARE UPDATE EXCLUSIVE blocks nobody

        let apart = try planner.plan([PendingFile(name: "1.sql", sql: sql, runsInTransaction: false)])
        #expect(apart.statements[0].lockHeldMilliseconds == 0)
        #expect(apart.withinBudget)
    }

    @Test func relationsCreatedByEarlierStatementsAreNewAndBlockNobody() throws {
        let connection = try Connection(try TestCluster.newDatabase("planfresh"))
        let report = try LockPlanner(connection, throughput: rate).plan([
            PendingFile(
                name: "1.sql", sql: "CREATE TABLE fresh (id int);\nALTER TABLE fresh ADD COLUMN n serial;",
                runsInTransaction: true)
        ])
        #expect(report.statements[0].locks.isEmpty)
        let lock = try #require(report.statements[1].locks.first)
        #expect(lock.rowSource == .new)
        #expect((lock.rows, lock.bytes, lock.estimatedMilliseconds) == (0, 0, 0))
        #expect(lock.blocks == .nothing)
        #expect(report.withinBudget)
    }

    @Test func aConflictingHolderFailsThePlanAndANonConflictingOneDoesNot() throws {
        let database = try TestCluster.newDatabase("planholders")
        let reader = try Connection(database, applicationName: "long report")
        try reader.execute("CREATE TABLE t (a int)")
        try reader.execute("BEGIN")
        try reader.execute("SELECT * FROM t")
        defer { _ = try? reader.execute("ROLLBACK") }
        let planner = LockPlanner(try Connection(database), throughput: rate)

        let blocked = try planner.plan([
            PendingFile(name: "1.sql", sql: "ALTER TABLE t ADD COLUMN b int;", runsInTransaction: true)
        ])
        let holder = try #require(blocked.statements.first?.conflictingHolders.first)
        #expect(holder.pid == Int(reader.backendPID))
        #expect(holder.heldMode == .accessShare)
        #expect(holder.wantedMode == .accessExclusive)
        #expect(holder.applicationName == "long report")
        #expect(!blocked.withinBudget)
        #expect(blocked.renderedLines.contains { $0.hasPrefix("  conflicting holder: pid \(reader.backendPID) ") })

        let notBlocked = try planner.plan([
            PendingFile(name: "1.sql", sql: "CREATE INDEX ON t (a);", runsInTransaction: true)
        ])
        #expect(notBlocked.statements.first?.conflictingHolders == [])
        #expect(notBlocked.withinBudget)
    }

    @Test func theCheckBeforeAFileFindsTheHoldersOfItsRelationsOnly() throws {
        let database = try TestCluster.newDatabase("fileholders")
        let reader = try Connection(database, applicationName: "open transaction")
        try reader.execute("CREATE TABLE a (x int); CREATE TABLE b (x int)")
        try reader.execute("BEGIN")
        try reader.execute("SELECT * FROM a")
        defer { _ = try? reader.execute("ROLLBACK") }
        let planner = LockPlanner(try Connection(database), throughput: rate)
        let file = PendingFile(
            name: "1.sql",
            sql: "CREATE TABLE c (x int);\nALTER TABLE a ADD COLUMN y int;\nALTER TABLE c ADD COLUMN y int;",
            runsInTransaction: true)
        let holders = try planner.conflictingHolders(file)
        #expect(holders.map(\.relation) == [RelationName(schema: "public", "a")])
        #expect(holders.first?.pid == Int(reader.backendPID))
        let other = PendingFile(name: "2.sql", sql: "ALTER TABLE b ADD COLUMN y int;", runsInTransaction: true)
        #expect(try planner.conflictingHolders(other).isEmpty)
    }

    @Test func theTextNamesEachRelationWithItsSizeAndTheVerdict() throws {
        let report = try LockPlanner(try SizedTables.connection(), throughput: rate, maxLockSeconds: 1).plan([
            PendingFile(name: "1.sql", sql: "ALTER TABLE big SET UNLOGGED;\nSELECT 1;", runsInTransaction: false)
        ])
        let lines = report.renderedLines
        #expect(lines[0] == "1.sql:1: ALTER TABLE big SET UNLOGGED")
        #expect(lines[1].hasPrefix("  public.big: ACCESS EXCLUSIVE (blocks reads and writes), rewrites, 1 M rows, "))
        #expect(lines[2].hasPrefix("  over budget: blocks reads and writes for ~"))
        #expect(lines[2].hasSuffix("longer than --max-lock-time 1 s"))
        #expect(lines[3] == "1.sql:2: SELECT 1")
        #expect(lines[4] == "  no table locks")
        #expect(lines[5].hasPrefix("2 statements: 1 over the lock budget (1 s), 0 waiting for conflicting holders"))
        #expect(lines[6].hasPrefix("estimates: bytes to rewrite (table, TOAST and indexes) ÷ 9.5 MB/s"))
    }

    @Test func aFileThatDoesNotParseIsNamedWithItsLine() throws {
        let planner = LockPlanner(try Connection(try TestCluster.newDatabase("planparse")), throughput: rate)
        #expect {
            try planner.plan([PendingFile(name: "7.sql", sql: "SELECT 1;\nALTER TABLE;", runsInTransaction: true)])
        } throws: { error in
            (error as? LockPlanError)?.description.hasPrefix("7.sql:2: syntax error") == true
        }
    }
}
