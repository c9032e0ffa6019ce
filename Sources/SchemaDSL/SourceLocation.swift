/// Where in the user's Swift code a DSL element was written; captured by every element's initialiser so that
/// validation errors point at the line to fix.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// `#fileID` of the declaration, e.g. `AppSchema/Posts.swift`.
    public let fileID: String
    /// The 1-based line.
    public let line: Int

    /// A location, usually from `#fileID` and `#line` default arguments.
    public init(fileID: String, line: Int) {
        self.fileID = fileID
        self.line = line
    }

    /// `Module/File.swift:12`.
    public var description: String { "\(fileID):\(line)" }
}
