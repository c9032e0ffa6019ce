import Catalog

/// An event trigger: a database-wide trigger on DDL commands, calling a function that returns `.eventTrigger`.
/// Declare it next to its function; it belongs to no schema, and is read back (by introspection and `db pull`)
/// with the schema of its function.
///
/// ```swift
/// EventTrigger("log_table_ddl", on: .ddlCommandEnd, execute: App.logDDL).tags("CREATE TABLE", "ALTER TABLE")
/// ```
public struct EventTrigger: Sendable {
    let name: String
    let event: EventTriggerEvent
    let function: QualifiedName
    /// True when the function is a `Function` of this schema (checked by validation), false when named by string.
    let isDeclaredFunction: Bool
    let location: SourceLocation
    var tags: [String] = []
    var enabled = TriggerEnabledState.origin
    var comment: String?
    var owner: String?

    /// An event trigger firing on `event` and calling `function` (a `Function` returning `.eventTrigger`).
    public init(
        _ name: String, on event: EventTriggerEvent, execute function: Function, fileID: String = #fileID,
        line: Int = #line
    ) {
        self.init(
            name, event: event, function: function.name, isDeclaredFunction: true,
            location: SourceLocation(fileID: fileID, line: line))
    }

    /// An event trigger calling a function declared elsewhere, by name.
    public init(
        _ name: String, on event: EventTriggerEvent, executeFunction function: String, schema: String = "public",
        fileID: String = #fileID, line: Int = #line
    ) {
        self.init(
            name, event: event, function: QualifiedName(schema, function), isDeclaredFunction: false,
            location: SourceLocation(fileID: fileID, line: line))
    }

    private init(
        _ name: String, event: EventTriggerEvent, function: QualifiedName, isDeclaredFunction: Bool,
        location: SourceLocation
    ) {
        self.name = name
        self.event = event
        self.function = function
        self.isDeclaredFunction = isDeclaredFunction
        self.location = location
    }

    /// `WHEN TAG IN (…)`: fire only for these command tags (e.g. `"CREATE TABLE"`), in this order.
    public func tags(_ tags: String...) -> EventTrigger { with { $0.tags = tags } }

    /// `ALTER EVENT TRIGGER … DISABLE | ENABLE REPLICA | ENABLE ALWAYS`; event triggers are created `.origin`.
    public func enabled(_ state: TriggerEnabledState) -> EventTrigger { with { $0.enabled = state } }

    /// `COMMENT ON EVENT TRIGGER`.
    public func comment(_ text: String) -> EventTrigger { with { $0.comment = text } }

    /// `ALTER EVENT TRIGGER … OWNER TO role` (a superuser), applied and compared only with `--owners`.
    public func owner(_ role: String) -> EventTrigger { with { $0.owner = role } }

    var catalogEventTrigger: CatalogEventTrigger {
        CatalogEventTrigger(
            name: name, event: event, tags: tags.map { $0.uppercased() }, function: function, enabled: enabled,
            comment: comment, owner: owner)
    }
}
