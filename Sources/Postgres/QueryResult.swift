/// The rows of one statement's result, as text (libpq's text format), with typed accessors.
public struct QueryResult: Sendable {
    /// Column names in result order.
    public let columns: [String]
    /// Each row's values in column order; `nil` is SQL NULL.
    public let rows: [Row]
    /// The command tag, e.g. `INSERT 0 1` or `CREATE TABLE`.
    public let commandTag: String
    /// Rows affected by INSERT/UPDATE/DELETE (`PQcmdTuples`), or 0.
    public let affectedRows: Int

    public init(columns: [String], rows: [Row], commandTag: String, affectedRows: Int) {
        self.columns = columns
        self.rows = rows
        self.commandTag = commandTag
        self.affectedRows = affectedRows
    }
}

/// One result row; look values up by column name or position.
public struct Row: Sendable {
    let columns: ColumnLookup
    /// The values of every row of the result, row after row: one allocation per result rather than one per row.
    let resultValues: [String?]
    /// Where this row starts in `resultValues`.
    let start: Int

    init(columns: ColumnLookup, resultValues: [String?], start: Int) {
        self.columns = columns
        self.resultValues = resultValues
        self.start = start
    }

    /// This row's values in column order; `nil` is SQL NULL.
    public var values: [String?] { Array(resultValues[start..<start + columns.count]) }

    /// The raw text of a column, `nil` for NULL. Traps on an unknown column name: that is a programming error.
    public subscript(_ column: String) -> String? {
        guard let index = columns.index(of: column) else { preconditionFailure("no column \(column) in result") }
        return resultValues[start + index]
    }

    public func string(_ column: String) -> String { self[column] ?? "" }
    public func optionalString(_ column: String) -> String? { self[column] }
    public func int(_ column: String) -> Int { self[column].flatMap { Int($0) } ?? 0 }
    public func optionalInt(_ column: String) -> Int? { self[column].flatMap { Int($0) } }
    public func bool(_ column: String) -> Bool { self[column] == "t" }

    /// A Postgres text array (`{a,"b c"}`) as Swift strings; NULL elements become empty strings.
    public func stringArray(_ column: String) -> [String] {
        guard let text = self[column] else { return [] }
        return parsePostgresArray(text)
    }
}

/// The column positions of one result by name, shared by all its rows.
///
/// Every value of every row is looked up by name, so this is a small open-addressing table with a hash of a few of the
/// name's bytes: under half the cost of a `Dictionary` lookup, whose SipHash of the whole name dominates.
/// The first column of a duplicated name wins.
final class ColumnLookup: Sendable {
    private let names: [String]
    /// Column position + 1 per slot, 0 for an empty slot; the count is a power of two at least twice the names'.
    private let slots: [Int]

    init(_ names: [String]) {
        var capacity = 8
        while capacity < names.count * 2 { capacity *= 2 }
        var slots = [Int](repeating: 0, count: capacity)
        for (position, name) in names.enumerated() {
            var slot = Self.hash(name) & (capacity - 1)
            while slots[slot] != 0 {
                if names[slots[slot] - 1] == name { break }
                slot = (slot + 1) & (capacity - 1)
            }
            if slots[slot] == 0 { slots[slot] = position + 1 }
        }
        self.names = names
        self.slots = slots
    }

    /// The number of columns.
    var count: Int { names.count }

    /// The position of the first column called `name`, if any.
    func index(of name: String) -> Int? {
        let mask = slots.count - 1
        var slot = Self.hash(name) & mask
        while slots[slot] != 0 {
            let position = slots[slot] - 1
            if names[position] == name { return position }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// The length and the first, middle and last bytes: names in one result rarely share all four, and when they do
    /// the probe compares whole names, which costs time, never a wrong column.
    private static func hash(_ name: String) -> Int {
        func sample<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Int {
            guard let first = bytes.first else { return 0 }
            let middle = bytes[bytes.index(bytes.startIndex, offsetBy: bytes.count / 2)]
            let last = bytes[bytes.index(bytes.startIndex, offsetBy: bytes.count - 1)]
            let hash = (bytes.count &* 0x9E37_79B9) ^ Int(first) ^ Int(middle) << 7 ^ Int(last) << 14
            return hash ^ hash >> 11
        }
        // Over the contiguous bytes when the string has them (native strings do), else through the UTF-8 view.
        return name.utf8.withContiguousStorageIfAvailable(sample) ?? sample(name.utf8)
    }
}

/// Parses the text form of a one-dimensional Postgres array, e.g. `{a,"b,c",NULL}`.
///
/// Walks the UTF-8 bytes: every delimiter is ASCII, and no byte of a multi-byte character is ASCII.
public func parsePostgresArray(_ text: String) -> [String] {
    let bytes = text.utf8
    guard bytes.first == UInt8(ascii: "{"), bytes.last == UInt8(ascii: "}") else { return [] }
    let inner = bytes.dropFirst().dropLast()
    var elements: [String] = []
    var current: [UInt8] = []
    var inQuotes = false
    var wasQuoted = false
    var escaping = false
    func finishElement() {
        let isNull = !wasQuoted && current.elementsEqual("NULL".utf8)
        elements.append(isNull ? "" : String(decoding: current, as: UTF8.self))
        current.removeAll(keepingCapacity: true)
        wasQuoted = false
    }
    for byte in inner {
        if escaping {
            current.append(byte)
            escaping = false
        } else if byte == UInt8(ascii: "\\") {
            escaping = true
        } else if byte == UInt8(ascii: "\"") {
            inQuotes.toggle()
            wasQuoted = true
        } else if byte == UInt8(ascii: ",") && !inQuotes {
            finishElement()
        } else {
            current.append(byte)
        }
    }
    if !inner.isEmpty { finishElement() }
    return elements
}
