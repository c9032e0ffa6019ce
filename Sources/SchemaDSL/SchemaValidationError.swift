/// One thing wrong with a DSL schema: which object, what is wrong, and where it was declared.
public struct SchemaProblem: Hashable, Sendable, CustomStringConvertible {
    /// e.g. `table app.posts`, `constraint posts_author_id_fkey on app.posts`.
    public let object: String
    /// What is wrong, e.g. `references unknown table app.people`.
    public let message: String
    /// The Swift line that declared the object, when known.
    public let location: SourceLocation?

    /// A problem with `object`.
    public init(object: String, message: String, location: SourceLocation?) {
        self.object = object
        self.message = message
        self.location = location
    }

    /// `AppSchema/Posts.swift:12: constraint posts_author_id_fkey on app.posts: references unknown table app.user`.
    public var description: String { (location.map { "\($0): " } ?? "") + "\(object): \(message)" }
}

/// The problems found by validating a DSL schema; nothing was applied anywhere.
public struct SchemaValidationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Every problem found, in declaration order.
    public let problems: [SchemaProblem]

    /// An error listing `problems`.
    public init(problems: [SchemaProblem]) { self.problems = problems }

    /// All problems, one per line, for the terminal.
    public var description: String {
        "the schema has \(problems.count) problem\(problems.count == 1 ? "" : "s"); fix them in the Swift source:\n"
            + problems.map { "  " + $0.description }.joined(separator: "\n")
    }
}
