/// An event trigger: a database-wide trigger on DDL events, calling a function that returns `event_trigger`.
///
/// Event triggers belong to no schema; the catalog keys them by name and keeps those whose function is in one of
/// the catalog's schemas (see `Catalog.filtered(toSchemas:)`).
public struct EventTrigger: Hashable, Codable, Sendable {
    /// `pg_event_trigger.evtevent`: when the trigger fires.
    public enum Event: String, Hashable, Codable, Sendable, CaseIterable {
        case ddlCommandStart = "ddl_command_start"
        case ddlCommandEnd = "ddl_command_end"
        case sqlDrop = "sql_drop"
        case tableRewrite = "table_rewrite"
    }

    public var name: String
    public var event: Event
    /// `WHEN TAG IN (…)` command tags, upper case as Postgres stores them (e.g. `CREATE TABLE`); empty for all.
    public var tags: [String]
    /// The function called (no arguments).
    public var function: QualifiedName
    /// `pg_event_trigger.evtenabled`, with the same letters as a table trigger's state.
    public var enabled: Trigger.EnabledState
    public var comment: String?
    /// The owning role (a superuser); `nil` when unknown or not managed.
    public var owner: String?

    public init(
        name: String, event: Event, tags: [String] = [], function: QualifiedName,
        enabled: Trigger.EnabledState = .origin, comment: String? = nil, owner: String? = nil
    ) {
        self.name = name
        self.event = event
        self.tags = tags
        self.function = function
        self.enabled = enabled
        self.comment = comment
        self.owner = owner
    }
}
