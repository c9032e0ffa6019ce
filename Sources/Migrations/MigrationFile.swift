import Foundation

/// One migration on disk: `YYYYMMDDHHMMSS_snake_case_name.sql`, with its optional `….down.sql` rollback.
public struct MigrationFile: Sendable, Hashable {
    /// The 14-digit UTC timestamp that orders migrations, e.g. `20261125093000`.
    public let version: String
    /// The snake_case part of the file name, e.g. `add_posts`.
    public let name: String
    /// The up file's path.
    public let url: URL
    /// The up file's text.
    public let sql: String
    /// SHA-256 hex of the up file's bytes, as recorded in `__migrations.checksum`.
    public let checksum: String
    /// False when the file's first lines contain `-- db:no-transaction`.
    public let runsInTransaction: Bool
    /// The rollback file beside it, when there is one.
    public let down: DownFile?

    /// The up file's name, e.g. `20261125093000_add_posts.sql`.
    public var fileName: String { url.lastPathComponent }

    public init(version: String, name: String, url: URL, data: Data, down: DownFile?) {
        self.version = version
        self.name = name
        self.url = url
        self.sql = String(decoding: data, as: UTF8.self)
        self.checksum = sha256Hex(data)
        self.runsInTransaction = !hasNoTransactionHeader(sql)
        self.down = down
    }
}

/// A `….down.sql` file: the SQL that undoes one migration.
public struct DownFile: Sendable, Hashable {
    public let url: URL
    public let sql: String
    /// False when the file's first lines contain `-- db:no-transaction`.
    public let runsInTransaction: Bool

    public var fileName: String { url.lastPathComponent }

    public init(url: URL, data: Data) {
        self.url = url
        self.sql = String(decoding: data, as: UTF8.self)
        self.runsInTransaction = !hasNoTransactionHeader(sql)
    }
}

/// True when one of the leading comment lines (before the first statement) is `-- db:no-transaction`.
func hasNoTransactionHeader(_ sql: String) -> Bool {
    for line in sql.split(separator: "\n", omittingEmptySubsequences: false) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { continue }
        guard trimmed.hasPrefix("--") else { return false }
        let comment = trimmed.dropFirst(2).trimmingCharacters(in: .whitespaces).lowercased()
        if comment == "db:no-transaction" { return true }
    }
    return false
}
