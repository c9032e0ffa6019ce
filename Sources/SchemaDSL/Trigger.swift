import Catalog
import SQLSyntax

/// A trigger on the enclosing table, calling a trigger function.
///
/// ```swift
/// Trigger("posts_touch_updated_at", .before, .update, execute: App.touchUpdatedAt)
/// ```
public struct Trigger: Sendable {
    let name: String
    let timing: TriggerTiming
    let events: [TriggerEvent]
    let function: QualifiedName
    let arguments: [String]
    /// True when the function is a `Function` of this schema (checked by validation), false when named by string.
    let isDeclaredFunction: Bool
    let location: SourceLocation
    var forEachRow = true
    var updateColumns: [String] = []
    var condition: String?
    var comment: String?
    var enabled = TriggerEnabledState.origin

    /// A trigger firing `timing` `events`, calling `function` (a `Function` returning `.trigger`).
    public init(
        _ name: String, _ timing: TriggerTiming, _ events: TriggerEvent..., execute function: Function,
        arguments: [String] = [], fileID: String = #fileID, line: Int = #line
    ) {
        self.init(
            name, timing, events: events, function: function.name, arguments: arguments, isDeclaredFunction: true,
            location: SourceLocation(fileID: fileID, line: line))
    }

    /// A trigger calling a function declared elsewhere (e.g. by an extension), by name.
    public init(
        _ name: String, _ timing: TriggerTiming, _ events: TriggerEvent..., executeFunction function: String,
        schema: String = "public", arguments: [String] = [], fileID: String = #fileID, line: Int = #line
    ) {
        self.init(
            name, timing, events: events, function: QualifiedName(schema, function), arguments: arguments,
            isDeclaredFunction: false, location: SourceLocation(fileID: fileID, line: line))
    }

    private init(
        _ name: String, _ timing: TriggerTiming, events: [TriggerEvent], function: QualifiedName, arguments: [String],
        isDeclaredFunction: Bool, location: SourceLocation
    ) {
        self.name = name
        self.timing = timing
        self.events = events
        self.function = function
        self.arguments = arguments
        self.isDeclaredFunction = isDeclaredFunction
        self.location = location
    }

    /// `FOR EACH STATEMENT` instead of the default `FOR EACH ROW`.
    public func forEachStatement() -> Trigger { with { $0.forEachRow = false } }

    /// `UPDATE OF columns`: an update trigger fires only when one of these columns is assigned.
    public func updateOf(_ columns: String...) -> Trigger { with { $0.updateColumns = columns } }

    /// `WHEN (condition)`; SQL over `OLD` and `NEW`.
    public func when(_ condition: String) -> Trigger { with { $0.condition = condition } }

    /// `COMMENT ON TRIGGER`.
    public func comment(_ text: String) -> Trigger { with { $0.comment = text } }

    /// `ALTER TABLE … DISABLE TRIGGER` or `ENABLE REPLICA|ALWAYS TRIGGER`; triggers are created enabled (`.origin`).
    public func enabled(_ state: TriggerEnabledState) -> Trigger { with { $0.enabled = state } }

    /// `ALTER TABLE … DISABLE TRIGGER`: the trigger exists but does not fire.
    public func disabled() -> Trigger { enabled(.disabled) }


    func catalogTrigger(on table: QualifiedName) -> CatalogTrigger {
        let eventText = events.map { event in
            event == .update && !updateColumns.isEmpty ? "UPDATE OF " + columnList(updateColumns) : event.rawValue
        }
        var definition =
            "CREATE TRIGGER \(quoteIdentifier(name)) \(timing.rawValue) "
            + eventText.joined(separator: " OR ") + " ON " + qualifiedName(table.schema, table.name)
            + (forEachRow ? " FOR EACH ROW" : " FOR EACH STATEMENT")
        if let condition { definition += " WHEN (\(condition))" }
        definition +=
            " EXECUTE FUNCTION " + qualifiedName(function.schema, function.name) + "("
            + arguments.map(quoteLiteral).joined(separator: ", ") + ")"
        return CatalogTrigger(
            name: name, table: table, timing: timing, events: events, updateColumns: updateColumns,
            forEachRow: forEachRow, when: condition, function: function, functionArguments: arguments,
            enabled: enabled, definition: definition, comment: comment)
    }
}
