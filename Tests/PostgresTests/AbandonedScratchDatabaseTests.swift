import DBTestSupport
import Foundation
import Testing

@testable import Postgres

/// Leftover scratch databases: which ones a later run may drop (provably abandoned) and which it must keep.
@Suite struct AbandonedScratchDatabaseTests {
    @Test func namesCarryTheCreatorAndFitAnIdentifier() throws {
        let name = ScratchDatabaseName.new(now: Date(timeIntervalSince1970: 1_800_000_000))
        #expect(name.text.utf8.count <= 63)
        #expect(name.text.hasPrefix("db_scratch_1800000000_\(getpid())_"))
        #expect(ScratchDatabaseName(parsing: name.text) == name)
        #expect(ScratchDatabaseName(parsing: "db_scratch_3fa85f6457b2") == nil)
        #expect(ScratchDatabaseName(parsing: "db_scratch_1800000000_12_host_nothex!!") == nil)
        let long = ScratchDatabaseName.hostTag(for: "build-runner-0042.ci.example.com")
        #expect(long.hasPrefix("buildrunne") && long.count == 18)
        #expect(long != ScratchDatabaseName.hostTag(for: "build-runner-0043.ci.example.com"))
    }

    @Test func abandonedMeansCreatorGoneOnThisHostOrOlderThanAnHour() {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        func name(age: Int, host: String = ScratchDatabaseName.localHostTag) -> ScratchDatabaseName {
            ScratchDatabaseName(createdAt: 1_800_000_000 - age, creatorPID: 4242, hostTag: host, random: "0badcafe")
        }
        let alive: (Int32) -> Bool = { _ in true }
        let gone: (Int32) -> Bool = { _ in false }
        #expect(AbandonedScratchDatabases.isAbandoned(name(age: 5), now: now, processExists: gone))
        #expect(!AbandonedScratchDatabases.isAbandoned(name(age: 5), now: now, processExists: alive))
        #expect(AbandonedScratchDatabases.isAbandoned(name(age: 3601), now: now, processExists: alive))
        #expect(!AbandonedScratchDatabases.isAbandoned(name(age: 5, host: "elsewhere"), now: now, processExists: gone))
        #expect(
            AbandonedScratchDatabases.isAbandoned(name(age: 3601, host: "elsewhere"), now: now, processExists: gone))
    }

    @Test func dropsOnlyLeftoversNobodyUsesWhoseCreatorIsGoneOrThatAreOld() throws {
        let server = try TestCluster.shared().connectionString()
        let admin = try Connection(server)
        let finished = try Subprocess("/bin/true", [])
        let deadPID = finished.pid
        _ = finished.wait()
        let now = Int(Date().timeIntervalSince1970)
        func leftover(age: Int, pid: Int32, host: String = ScratchDatabaseName.localHostTag) -> String {
            ScratchDatabaseName(
                createdAt: now - age, creatorPID: pid, hostTag: host,
                random: String(format: "%08x", UInt32.random(in: .min ... .max))
            ).text
        }
        let creatorGone = leftover(age: 10, pid: deadPID)
        let oldFromElsewhere = leftover(age: 7200, pid: 1, host: "otherhost")
        let creatorAlive = leftover(age: 10, pid: getpid())
        let inUse = leftover(age: 10, pid: deadPID)
        let recentFromElsewhere = leftover(age: 10, pid: 1, host: "otherhost")
        let oldFormat = "db_scratch_" + UUID().uuidString.prefix(8).lowercased()
        let all = [creatorGone, oldFromElsewhere, creatorAlive, inUse, recentFromElsewhere, oldFormat]
        for name in all { try admin.execute("CREATE DATABASE \"\(name)\"") }
        let session = try Connection(server.with(["dbname": inUse]))

        withExtendedLifetime(session) { AbandonedScratchDatabases.drop(using: admin) }

        let remaining = try admin.query(
            "SELECT datname FROM pg_database WHERE datname = ANY($1::text[])", ["{\(all.joined(separator: ","))}"]
        ).rows.map { $0.string("datname") }
        #expect(Set(remaining) == [creatorAlive, inUse, recentFromElsewhere, oldFormat])
        for name in remaining { try admin.execute("DROP DATABASE \"\(name)\" WITH (FORCE)") }
    }
}
