/// The SQL of a script as it is sent to the server: the file's bytes without inline COPY data, with a map from
/// byte offsets in what was sent back to byte offsets in the script's text (for error positions).
public struct SentSQL: Sendable, Hashable {
    public let sql: String
    private let pieces: [Piece]

    struct Piece: Sendable, Hashable {
        let sentStart: Int
        let textStart: Int
        let length: Int
    }

    init(text bytes: [UInt8], ranges: [Range<Int>]) {
        var sent: [UInt8] = []
        var pieces: [Piece] = []
        for range in ranges where !range.isEmpty {
            pieces.append(Piece(sentStart: sent.count, textStart: range.lowerBound, length: range.count))
            sent += bytes[range]
        }
        self.sql = String(decoding: sent, as: UTF8.self)
        self.pieces = pieces
    }

    /// The byte offset in the script's text of byte `offset` of `sql`.
    public func textOffset(ofSentByte offset: Int) -> Int {
        guard let piece = pieces.last(where: { $0.sentStart <= offset }) else { return pieces.first?.textStart ?? 0 }
        return piece.textStart + min(offset - piece.sentStart, piece.length)
    }
}
