import DBTestSupport
import Foundation
import Migrations
import Testing

@Suite struct MigrationFileTests {
    @Test(arguments: [
        ("20261125093000_add_posts.sql", true),
        ("20261125093000_add_posts.down.sql", true),
        ("20261125093000_v2_users.sql", true),
        ("2026112509300_add_posts.sql", false),
        ("20261325093000_add_posts.sql", false),
        ("20261125093000_Add_Posts.sql", false),
        ("20261125093000_add-posts.sql", false),
        ("20261125093000__posts.sql", false),
        ("20261125093000.sql", false),
    ])
    func fileNamesFollowTheConvention(name: String, valid: Bool) {
        let parsed = MigrationFileName.parse(name)
        #expect(((try? parsed?.get()) != nil) == valid)
    }

    @Test func directoryLoadsInVersionOrderAndRejectsBadNames() throws {
        let folder = try TemporaryDirectory("files")
        try folder.write("20260102000000_second.sql", "SELECT 2;")
        try folder.write("20260101000000_first.sql", "-- a comment\n-- db:no-transaction\nSELECT 1;")
        try folder.write("20260101000000_first.down.sql", "SELECT 0;")
        try folder.write(".gitkeep", "")
        let files = try MigrationDirectory.load(folder.url)
        #expect(files.map(\.name) == ["first", "second"])
        #expect(files[0].down != nil && !files[0].runsInTransaction && files[1].runsInTransaction)
        try folder.write("20260103000000_Bad-Name.sql", "SELECT 3;")
        try folder.write("20260104000000_orphan.down.sql", "SELECT 4;")
        let error = #expect(throws: MigrationError.self) { try MigrationDirectory.load(folder.url) }
        let text = error.map(String.init(describing:)) ?? ""
        #expect(text.contains("20260103000000_Bad-Name.sql") && text.contains("20260104000000_orphan.down.sql"))
        #expect(try MigrationDirectory.loadIfPresent(folder.url.appendingPathComponent("absent")).isEmpty)
    }

    @Test func noTransactionHeaderOnlyCountsBeforeTheFirstStatement() throws {
        let folder = try TemporaryDirectory("header")
        try folder.write("20260101000000_late.sql", "SELECT 1;\n-- db:no-transaction\n")
        #expect(try MigrationDirectory.load(folder.url)[0].runsInTransaction)
    }

    @Test(arguments: [("500ms", 0.5), ("5s", 5), ("5", 5), ("30m", 1800), ("1h", 3600), ("2d", 172_800)])
    func durationsParse(text: String, seconds: Double) {
        #expect(DurationText.seconds(text) == seconds)
    }

    @Test func badDurationIsRejected() {
        #expect(DurationText.seconds("soon") == nil)
        #expect(DurationText.seconds("5 parsecs") == nil)
    }
}
