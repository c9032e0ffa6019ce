import Diff
import SchemaDSL
import Testing

/// `.concurrently()` reaches the diff as a hint: the index on an existing table is built without blocking writes.
@Suite struct ConcurrentIndexHintTests {
    @Test func concurrentlyHintMakesTheDiffCreateTheIndexConcurrently() throws {
        let before = try DesiredSchema {
            Table("events") { Column("payload", .jsonb) }
        }
        let after = try DesiredSchema {
            Table("events") {
                Column("payload", .jsonb)
                Index("events_payload_gin", on: "payload").using(.gin).concurrently()
            }
        }
        let changes = diff(from: before.catalog, to: after.catalog, hints: after.hints)
        #expect(changes.map(\.sql) == [
            "CREATE INDEX CONCURRENTLY \"events_payload_gin\" ON \"public\".\"events\" USING \"gin\" (\"payload\")"
        ])
    }
}
