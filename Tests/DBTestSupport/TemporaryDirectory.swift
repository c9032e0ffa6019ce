import Foundation

/// A fresh directory under the system temporary folder for one test, e.g. a migrations folder.
public struct TemporaryDirectory: Sendable {
    public let url: URL

    public init(_ label: String = "test") throws {
        url = URL(fileURLWithPath: NSTemporaryDirectory())
            .appendingPathComponent("db-\(label)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    public var path: String { url.path }

    /// Writes a file (creating folders) and returns its URL.
    @discardableResult
    public func write(_ relativePath: String, _ text: String) throws -> URL {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    public func remove(_ relativePath: String) throws {
        try FileManager.default.removeItem(at: url.appendingPathComponent(relativePath))
    }
}
