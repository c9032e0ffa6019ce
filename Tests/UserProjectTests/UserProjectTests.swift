import DBTestSupport
import Foundation
import Postgres
import Testing

/// The path a user's own project takes: a schema module that imports only `SchemaDSL`, handed to the CLI by a
/// two-line executable (`Examples/UserProject`), run as a child process like a user would.
@Suite struct UserProjectTests {
    static let binary: String = {
        let bundle = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: bundle).deletingLastPathComponent().appendingPathComponent("notes-db").path
    }()

    @Test func projectExecutableDiffsItsOwnSchema() throws {
        let server = try TestCluster.shared().connectionString()
        let database = try TestCluster.newDatabase("dsl_user_project")
        let script = try Subprocess.run(
            Self.binary, ["diff", "--from", database.raw, "--to", "schema", "--dev-url", server.raw])
        #expect(script.exitCode == 0, "\(script.stderr)")
        #expect(script.stdout.contains("CREATE TABLE \"notes\".\"notes\""), "\(script.stdout)")
        #expect(script.stdout.contains(#"CREATE INDEX "notes_created_at_idx""#), "\(script.stdout)")

        _ = try Connection(database).execute(script.stdout)
        let again = try Subprocess.run(
            Self.binary, ["diff", "--from", database.raw, "--to", "schema", "--dev-url", server.raw, "--exit-code"])
        #expect(again.exitCode == 0, "\(again.stdout)\(again.stderr)")
    }
}
