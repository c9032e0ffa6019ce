import DBTestSupport
import Foundation
import Postgres
import Testing

@Suite struct TypesCommandTests {
    @Test func typesPrintsSwiftForTheLiveSchemaAndIsDeterministic() throws {
        let target = try TestCluster.newDatabase("types")
        try Connection(target).execute(
            """
            CREATE TYPE mood AS ENUM ('happy', 'sad');
            CREATE TABLE people (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, full_name text NOT NULL, mood mood);
            CREATE VIEW happy_people AS SELECT id, full_name FROM people WHERE mood = 'happy';
            """)
        let first = try DBBinary.run(["types", "--database-url", target.raw])
        #expect(first.exitCode == 0, "\(first.stderr)")
        #expect(first.stdout.contains("public struct People: Codable, Sendable, Hashable"))
        #expect(first.stdout.contains("public var fullName: String\n"))
        #expect(first.stdout.contains("public var mood: Public.Mood?"))
        #expect(first.stdout.contains("public struct HappyPeople: Codable, Sendable, Hashable"))
        #expect(first.stdout.contains("public var id: Int64?"))
        #expect(first.stderr.contains("target: "))
        let second = try DBBinary.run(["types", "--database-url", target.raw])
        #expect(second.stdout == first.stdout)
    }
}
