import Foundation
import Migrations
import Postgres

/// The `db status --json` document (keys in snake_case). Stable: fields are only ever added; a breaking change
/// bumps `format`.
struct StatusReport: Encodable {
    struct Target: Encodable {
        let host: String?
        let port: String?
        let database: String?
        let user: String?

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(host, forKey: .host)
            try container.encode(port, forKey: .port)
            try container.encode(database, forKey: .database)
            try container.encode(user, forKey: .user)
        }

        enum CodingKeys: String, CodingKey { case host, port, database, user }
    }

    struct Applied: Encodable {
        let version: String
        let name: String
        let checksum: String
        let appliedAt: String
        let executionMs: Int
        let appliedBy: String
        let filePresent: Bool
    }

    struct Pending: Encodable {
        let version: String
        let name: String
        let file: String
        let checksum: String
        let transaction: Bool
        let hasDown: Bool
    }

    struct Problem: Encodable {
        let kind: String
        let version: String
        let message: String
    }

    struct Invalid: Encodable {
        let schema: String
        let name: String
        let table: String
        let definition: String
        let buildingPid: Int?

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(schema, forKey: .schema)
            try container.encode(name, forKey: .name)
            try container.encode(table, forKey: .table)
            try container.encode(definition, forKey: .definition)
            try container.encode(buildingPid, forKey: .buildingPid)
        }

        enum CodingKeys: String, CodingKey { case schema, name, table, definition, buildingPid }
    }

    let format = 1
    let target: Target
    let migrationsDir: String
    let applied: [Applied]
    let pending: [Pending]
    let problems: [Problem]
    /// Migrators holding the migration lock: files being applied right now (the history shows what they committed).
    let runningMigrators: [BlockingSession]
    /// Indexes left INVALID (a failed `CREATE INDEX CONCURRENTLY`); `building_pid` is set while one is being built.
    let invalidIndexes: [Invalid]

    init(status: MigrationStatus, target: ConnectionString, directory: String) {
        self.target = Target(host: target.host, port: target.port, database: target.database, user: target.user)
        migrationsDir = directory
        applied = status.applied.map {
            Applied(
                version: $0.row.version, name: $0.row.name, checksum: $0.row.checksum, appliedAt: $0.row.appliedAt,
                executionMs: $0.row.executionMs, appliedBy: $0.row.appliedBy, filePresent: $0.file != nil)
        }
        pending = status.pending.map {
            Pending(
                version: $0.version, name: $0.name, file: $0.fileName, checksum: $0.checksum,
                transaction: $0.runsInTransaction, hasDown: $0.down != nil)
        }
        problems = status.problems.map { Problem(kind: $0.kind, version: $0.version, message: $0.description) }
        runningMigrators = status.runningMigrators
        invalidIndexes = status.invalidIndexes.map {
            Invalid(
                schema: $0.schema, name: $0.name, table: $0.table, definition: $0.definition,
                buildingPid: $0.buildingPID)
        }
    }

    /// Pretty-printed with sorted keys, so the output is byte-for-byte stable.
    func json() throws -> String { try Output.stableJSON(self, snakeCaseKeys: true) }
}
