/// Where a database stands against a migrations directory: what is applied, what is pending, what is wrong.
public struct MigrationStatus: Sendable {
    /// A history row with its file, when the file is still in the directory.
    public struct Applied: Sendable {
        public let row: HistoryRow
        public let file: MigrationFile?
    }

    public let applied: [Applied]
    /// Files not recorded in the history, in version order.
    public let pending: [MigrationFile]
    /// Checksum mismatches, missing files and out-of-order pending files.
    public let problems: [MigrationProblem]
    /// Sessions holding the migration lock when the history was read: migrations being applied right now.
    public let runningMigrators: [BlockingSession]
    /// Indexes left INVALID in the database, such as a failed `CREATE INDEX CONCURRENTLY` leaves.
    public let invalidIndexes: [InvalidIndex]

    /// Compares the files on disk with the history rows.
    public init(
        files: [MigrationFile], history: [HistoryRow], runningMigrators: [BlockingSession] = [],
        invalidIndexes: [InvalidIndex] = []
    ) {
        self.runningMigrators = runningMigrators
        self.invalidIndexes = invalidIndexes
        let filesByVersion = Dictionary(uniqueKeysWithValues: files.map { ($0.version, $0) })
        let appliedVersions = Set(history.map(\.version))
        applied = history.map { Applied(row: $0, file: filesByVersion[$0.version]) }
        pending = files.filter { !appliedVersions.contains($0.version) }
        var problems: [MigrationProblem] = []
        for entry in applied {
            guard let file = entry.file else {
                problems.append(.missingFile(entry.row))
                continue
            }
            if ![file.checksum, file.byteChecksum].contains(entry.row.checksum) {
                problems.append(.checksumMismatch(entry.row, file))
            }
        }
        if let newest = history.map(\.version).max() {
            for file in pending where file.version < newest {
                problems.append(.outOfOrder(file, newestApplied: newest))
            }
        }
        self.problems = problems
    }
}

/// Something in the history or directory that makes `db migrate` refuse.
public enum MigrationProblem: Sendable, CustomStringConvertible {
    /// An applied file whose bytes changed since it was applied.
    case checksumMismatch(HistoryRow, MigrationFile)
    /// An applied version whose file is no longer in the directory.
    case missingFile(HistoryRow)
    /// A pending file older than the newest applied version.
    case outOfOrder(MigrationFile, newestApplied: String)

    /// A stable identifier for JSON output: `checksum_mismatch`, `missing_file`, `out_of_order`.
    public var kind: String {
        switch self {
        case .checksumMismatch: "checksum_mismatch"
        case .missingFile: "missing_file"
        case .outOfOrder: "out_of_order"
        }
    }

    public var version: String {
        switch self {
        case .checksumMismatch(let row, _), .missingFile(let row): row.version
        case .outOfOrder(let file, _): file.version
        }
    }

    public var description: String {
        switch self {
        case .checksumMismatch(let row, let file):
            "\(file.fileName) was changed after it was applied (recorded checksum \(row.checksum.prefix(12))…, "
                + "file now \(file.checksum.prefix(12))…): restore the applied text and put the change in a new migration"
        case .missingFile(let row):
            "\(row.version)_\(row.name).sql is recorded as applied (\(row.appliedAt)) but missing from the "
                + "migrations directory: restore the file"
        case .outOfOrder(let file, let newest):
            "\(file.fileName) is older than the newest applied migration \(newest): give it a newer version, "
                + "or pass --allow-out-of-order"
        }
    }
}
