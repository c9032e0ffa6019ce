/// A trigger on a table.
public struct Trigger: Hashable, Codable, Sendable {
    public enum Timing: String, Hashable, Codable, Sendable {
        case before = "BEFORE"
        case after = "AFTER"
        case insteadOf = "INSTEAD OF"
    }

    public enum Event: String, Hashable, Codable, Sendable, Comparable {
        case insert = "INSERT"
        case update = "UPDATE"
        case delete = "DELETE"
        case truncate = "TRUNCATE"

        public static func < (lhs: Event, rhs: Event) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// `pg_trigger.tgenabled`: fires on origin (`O`), disabled (`D`), replica only (`R`), always (`A`).
    public enum EnabledState: String, Hashable, Codable, Sendable {
        case origin = "O"
        case disabled = "D"
        case replica = "R"
        case always = "A"
    }

    public var name: String
    public var table: QualifiedName
    public var timing: Timing
    public var events: [Event]
    /// `UPDATE OF` columns.
    public var updateColumns: [String]
    public var forEachRow: Bool
    /// The `WHEN (…)` condition as Postgres prints it.
    public var when: String?
    /// The trigger function (no arguments: its key is `Function.key(function, identityArguments: "")`).
    public var function: QualifiedName
    public var functionArguments: [String]
    public var enabled: EnabledState
    /// The full `CREATE TRIGGER` statement as `pg_get_triggerdef` prints it (in a DSL-built catalog: an equivalent
    /// statement with quoted names).
    public var definition: String
    public var comment: String?

    public init(
        name: String, table: QualifiedName, timing: Timing, events: [Event], updateColumns: [String] = [],
        forEachRow: Bool = true, when: String? = nil, function: QualifiedName, functionArguments: [String] = [],
        enabled: EnabledState = .origin, definition: String = "", comment: String? = nil
    ) {
        self.name = name
        self.table = table
        self.timing = timing
        self.events = events
        self.updateColumns = updateColumns
        self.forEachRow = forEachRow
        self.when = when
        self.function = function
        self.functionArguments = functionArguments
        self.enabled = enabled
        self.definition = definition
        self.comment = comment
    }
}
