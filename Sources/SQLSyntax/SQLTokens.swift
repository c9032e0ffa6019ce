import CPgQuery

/// One token of the Postgres scanner, located by byte offsets into the scanned text.
public struct SQLToken: Sendable, Hashable {
    /// libpg_query's token number (`PgQuery__Token`): the ASCII code for one-character tokens such as `;`.
    public let kind: Int32
    public let start: Int
    public let end: Int

    static let semicolon: Int32 = 59
    static let openParenthesis: Int32 = 40
    static let closeParenthesis: Int32 = 41
    static let backslash: Int32 = 92
    static let copyKeyword: Int32 = 352
    static let lineComment: Int32 = 275
    static let blockComment: Int32 = 276

    var isComment: Bool { kind == Self.lineComment || kind == Self.blockComment }
}

/// The Postgres scanner (`pg_query_scan`): tokens, with comments, string literals and dollar quotes whole.
enum SQLScanner {
    /// The tokens of `bytes`, or the 1-based character position of the scanner's error (an unterminated
    /// literal, quoted identifier or comment).
    static func tokens(_ bytes: ArraySlice<UInt8>) -> Result<[SQLToken], ScanFailure> {
        let result = (Array(bytes) + [0]).withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pg_query_scan($0) }
        }
        defer { pg_query_free_scan_result(result) }
        if let error = result.error {
            return .failure(ScanFailure(characterPosition: Int(error.pointee.cursorpos)))
        }
        guard
            let message = result.pbuf.data.withMemoryRebound(
                to: UInt8.self, capacity: result.pbuf.len,
                { pg_query__scan_result__unpack(nil, result.pbuf.len, $0) })
        else { return .failure(ScanFailure(characterPosition: 0)) }
        defer { pg_query__scan_result__free_unpacked(message, nil) }
        let tokens = UnsafeBufferPointer(start: message.pointee.tokens, count: message.pointee.n_tokens)
        return .success(
            tokens.compactMap { pointer in
                pointer.map {
                    SQLToken(kind: Int32($0.pointee.token), start: Int($0.pointee.start), end: Int($0.pointee.end))
                }
            })
    }

    struct ScanFailure: Error {
        let characterPosition: Int
    }
}

extension SQLScanner {
    /// The tokens of `range` of `bytes` (offsets into `bytes`). When the scanner stops at an unterminated
    /// literal or comment (COPY data such as `O'Brien` after a statement), the tokens before it; none when even
    /// those do not scan (the parser then reports the syntax error).
    static func tokensBeforeAnyError(_ bytes: [UInt8], _ range: Range<Int>) -> [SQLToken] {
        var end = range.upperBound
        for _ in 0..<2 {
            switch tokens(bytes[range.lowerBound..<end]) {
            case .success(let tokens):
                return tokens.map {
                    SQLToken(kind: $0.kind, start: $0.start + range.lowerBound, end: $0.end + range.lowerBound)
                }
            case .failure(let failure):
                let region = String(decoding: bytes[range.lowerBound..<end], as: UTF8.self)
                let cut = SourceText(region).byteOffset(ofCharacterPosition: max(1, failure.characterPosition))
                guard cut > 0 else { return [] }
                end = range.lowerBound + cut
            }
        }
        return []
    }
}
