import Foundation

/// A scratch database's name says who made it and when: `db_scratch_<epoch seconds>_<pid>_<host tag>_<random>`, at
/// most 60 bytes. That is what lets a later run decide that a leftover is abandoned.
struct ScratchDatabaseName: Equatable {
    /// Creation time, seconds since 1970 (the creator's clock).
    let createdAt: Int
    let creatorPID: Int32
    /// Short, sanitised creator host name: `ScratchDatabaseName.localHostTag` on the machine that made it.
    let hostTag: String
    let random: String

    /// A fresh name for a database made now by this process.
    static func new(now: Date = Date()) -> ScratchDatabaseName {
        ScratchDatabaseName(
            createdAt: Int(now.timeIntervalSince1970), creatorPID: getpid(), hostTag: localHostTag,
            random: String(format: "%08x", UInt32.random(in: .min ... .max)))
    }

    /// The fields of a name this type made; `nil` for any other name (including the older `db_scratch_<hex>` form).
    init?(parsing name: String) {
        guard name.hasPrefix(ScratchDatabase.prefix) else { return nil }
        let fields = name.dropFirst(ScratchDatabase.prefix.count).split(
            separator: "_", omittingEmptySubsequences: false)
        guard fields.count == 4, let createdAt = Int(fields[0]), let pid = Int32(fields[1]), pid > 0,
            !fields[2].isEmpty, fields[2].allSatisfy(Self.isTagCharacter), fields[3].count == 8,
            fields[3].allSatisfy(\.isHexDigit)
        else { return nil }
        self.init(createdAt: createdAt, creatorPID: pid, hostTag: String(fields[2]), random: String(fields[3]))
    }

    init(createdAt: Int, creatorPID: Int32, hostTag: String, random: String) {
        self.createdAt = createdAt
        self.creatorPID = creatorPID
        self.hostTag = hostTag
        self.random = random
    }

    var text: String { ScratchDatabase.prefix + "\(createdAt)_\(creatorPID)_\(hostTag)_\(random)" }

    /// This machine's tag: up to 10 lowercase letters and digits of its host name, then 8 hex digits of a hash of
    /// the whole name, so two hosts whose names start alike still get different tags.
    static let localHostTag: String = {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count) == 0 else { return hostTag(for: "unknown") }
        let host = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return hostTag(for: host)
    }()

    static func hostTag(for host: String) -> String {
        let readable = host.lowercased().filter(isTagCharacter).prefix(10)
        var hash: UInt32 = 2_166_136_261  // FNV-1a
        for byte in host.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return readable + String(format: "%08x", hash)
    }

    private static func isTagCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLowercase || character.isNumber)
    }
}
