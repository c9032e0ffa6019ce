/// The parts of a migration file name: `20261125093000_add_posts.sql` or `20261125093000_add_posts.down.sql`.
public struct MigrationFileName: Sendable, Hashable {
    public let version: String
    public let name: String
    public let isDown: Bool

    /// Parses a file name; `nil` when it is not a `.sql` file at all, a problem message when it is malformed.
    public static func parse(_ fileName: String) -> Result<MigrationFileName, MigrationFileNameProblem>? {
        guard fileName.hasSuffix(".sql") else { return nil }
        var stem = String(fileName.dropLast(".sql".count))
        let isDown = stem.hasSuffix(".down")
        if isDown { stem = String(stem.dropLast(".down".count)) }
        let problem = MigrationFileNameProblem(
            fileName: fileName,
            message: "expected YYYYMMDDHHMMSS_snake_case_name.sql (or .down.sql), e.g. 20261125093000_add_posts.sql")
        guard let separator = stem.firstIndex(of: "_") else { return .failure(problem) }
        let version = String(stem[..<separator])
        let name = String(stem[stem.index(after: separator)...])
        guard isTimestamp(version), isSnakeCase(name) else { return .failure(problem) }
        return .success(MigrationFileName(version: version, name: name, isDown: isDown))
    }

    /// 14 digits forming a plausible UTC date and time.
    static func isTimestamp(_ text: String) -> Bool {
        let digits = Array(text.utf8)
        guard digits.count == 14, digits.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return false }
        func number(_ from: Int, _ length: Int) -> Int {
            Int(String(decoding: digits[from..<from + length], as: UTF8.self))!
        }
        return (1...12).contains(number(4, 2)) && (1...31).contains(number(6, 2)) && number(8, 2) < 24
            && number(10, 2) < 60 && number(12, 2) < 60
    }

    /// Lowercase letters and digits in words joined by single underscores.
    static func isSnakeCase(_ text: String) -> Bool {
        let words = text.split(separator: "_", omittingEmptySubsequences: false)
        return !words.isEmpty
            && words.allSatisfy { word in
                !word.isEmpty && word.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
            }
    }
}

/// A `.sql` file in the migrations directory whose name does not follow the convention.
public struct MigrationFileNameProblem: Error, Sendable, Hashable {
    public let fileName: String
    public let message: String
}
