import Foundation
import SQLSyntax

/// One migration on disk: `YYYYMMDDHHMMSS_snake_case_name.sql`, with its optional `….down.sql` rollback.
public struct MigrationFile: Sendable, Hashable {
    /// The 14-digit UTC timestamp that orders migrations, e.g. `20261125093000`.
    public let version: String
    /// The snake_case part of the file name, e.g. `add_posts`.
    public let name: String
    /// The up file's path.
    public let url: URL
    /// The up file as it runs: its text, SQL and inline COPY data.
    public let script: SQLScript
    /// SHA-256 hex of the up file's text without a leading byte-order mark and with CRLF line endings as LF,
    /// as recorded in `__migrations.checksum` (for a file with LF endings and no mark: of its bytes).
    public let checksum: String
    /// SHA-256 hex of the file's bytes as they are, the checksum recorded before line endings and a BOM were
    /// normalised; still accepted in the history, so a file applied then with a CR inside it is not "changed".
    public let byteChecksum: String
    /// False when the file's first lines contain `-- db:no-transaction`.
    public let runsInTransaction: Bool
    /// The rollback file beside it, when there is one.
    public let down: DownFile?

    /// The up file's name, e.g. `20261125093000_add_posts.sql`.
    public var fileName: String { url.lastPathComponent }

    /// The statements of `sql`, parsed once for the destructive gate and lint alike.
    public let parse: SharedParse

    /// The text the parser, lint and the gates read: `script.parseText` (COPY data blanked, lines kept).
    public var sql: String { script.parseText }

    /// Reads the up file's bytes; throws `MigrationError.unreadable` for a file that is not UTF-8, holds a
    /// psql meta-command or leaves COPY data unended.
    public init(version: String, name: String, url: URL, data: Data, down: DownFile?) throws {
        self.version = version
        self.name = name
        self.url = url
        self.script = try readScript(data, fileName: url.lastPathComponent)
        self.checksum = sha256Hex(script.checksumBytes)
        self.byteChecksum = sha256Hex(data)
        self.runsInTransaction = !hasNoTransactionHeader(script.parseText)
        self.parse = SharedParse(script.parseText)
        self.down = down
    }
}

/// A `….down.sql` file: the SQL that undoes one migration.
public struct DownFile: Sendable, Hashable {
    public let url: URL
    public let script: SQLScript
    /// False when the file's first lines contain `-- db:no-transaction`.
    public let runsInTransaction: Bool

    public var fileName: String { url.lastPathComponent }

    public init(url: URL, data: Data) throws {
        self.url = url
        self.script = try readScript(data, fileName: url.lastPathComponent)
        self.runsInTransaction = !hasNoTransactionHeader(script.parseText)
    }
}

/// A file's bytes as a script, or `MigrationError.unreadable` naming the file.
func readScript(_ data: Data, fileName: String) throws -> SQLScript {
    do {
        return try SQLScript(data: data)
    } catch {
        throw MigrationError.unreadable(fileName: fileName, error)
    }
}

/// True when one of the leading comment lines (before the first statement) is `-- db:no-transaction`.
func hasNoTransactionHeader(_ sql: String) -> Bool {
    for line in sql.split(whereSeparator: \.isNewline) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { continue }
        guard trimmed.hasPrefix("--") else { return false }
        let comment = trimmed.dropFirst(2).trimmingCharacters(in: .whitespaces).lowercased()
        if comment == "db:no-transaction" { return true }
    }
    return false
}
