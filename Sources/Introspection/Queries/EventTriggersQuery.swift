import Catalog
import Postgres

/// Event triggers whose function is in the selected schemas (event triggers themselves belong to no schema): event,
/// `WHEN TAG IN` tags, function, enabled state and comment.
enum EventTriggersQuery {
    static let sql = """
        SELECT et.evtname AS name, et.evtevent AS event, et.evttags AS tags, n.nspname AS function_schema,
               p.proname AS function_name, et.evtenabled AS enabled, pg_get_userbyid(et.evtowner) AS owner,
               \(SQLFragments.comment("pg_event_trigger", "et.oid")) AS comment
        FROM pg_event_trigger et JOIN pg_proc p ON p.oid = et.evtfoid JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = ANY ($1::text[]) AND NOT \(SQLFragments.isExtensionMember("pg_event_trigger", "et.oid"))
        """

    static func read(_ reader: CatalogReader) throws -> [EventTrigger] {
        try reader.rows(sql).compactMap { row in
            guard let event = EventTrigger.Event(rawValue: row.string("event")) else { return nil }
            return EventTrigger(
                name: row.string("name"), event: event, tags: row.stringArray("tags"),
                function: QualifiedName(row.string("function_schema"), row.string("function_name")),
                enabled: Trigger.EnabledState(rawValue: row.string("enabled")) ?? .origin,
                comment: row.optionalString("comment"), owner: row.string("owner"))
        }
    }
}
