import Catalog
import Foundation
import Postgres

/// User triggers on tables and views (not constraint-internal ones, not clones on partitions) with timing, events,
/// `UPDATE OF` columns, level, `WHEN`, function and arguments, enabled state and the `pg_get_triggerdef` text.
enum TriggersQuery {
    static let sql = """
        SELECT n.nspname AS schema, c.relname AS relation, t.tgname AS name, t.tgtype::int AS type,
               ARRAY(SELECT a.attname FROM unnest(t.tgattr::int2[]) WITH ORDINALITY key(attnum, position)
                     JOIN pg_attribute a ON a.attrelid = t.tgrelid AND a.attnum = key.attnum
                     ORDER BY key.position) AS update_columns,
               pn.nspname AS function_schema, p.proname AS function_name,
               encode(t.tgargs, 'hex') AS arguments, t.tgnargs AS argument_count, t.tgenabled AS enabled,
               t.tgqual IS NOT NULL AS has_when, pg_get_triggerdef(t.oid) AS definition,
               \(SQLFragments.comment("pg_trigger", "t.oid")) AS comment
        FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
             JOIN pg_proc p ON p.oid = t.tgfoid JOIN pg_namespace pn ON pn.oid = p.pronamespace
        WHERE NOT t.tgisinternal AND t.tgparentid = 0 AND c.relkind IN ('r', 'p', 'v', 'm')
          AND \(SQLFragments.isScopedRelation())
        """

    // pg_trigger.tgtype bits.
    private static let rowBit = 1, beforeBit = 2, insertBit = 4, deleteBit = 8, updateBit = 16, truncateBit = 32
    private static let insteadBit = 64

    static func read(_ reader: CatalogReader) throws -> [Trigger] {
        try reader.rows(sql).map { row in
            let type = row.int("type")
            let timing: Trigger.Timing =
                type & insteadBit != 0 ? .insteadOf : type & beforeBit != 0 ? .before : .after
            var events: [Trigger.Event] = []
            if type & insertBit != 0 { events.append(.insert) }
            if type & updateBit != 0 { events.append(.update) }
            if type & deleteBit != 0 { events.append(.delete) }
            if type & truncateBit != 0 { events.append(.truncate) }
            let definition = row.string("definition")
            return Trigger(
                name: row.string("name"), table: QualifiedName(row.string("schema"), row.string("relation")),
                timing: timing, events: events.sorted(), updateColumns: row.stringArray("update_columns"),
                forEachRow: type & rowBit != 0,
                when: row.bool("has_when") ? whenCondition(in: definition) : nil,
                function: QualifiedName(row.string("function_schema"), row.string("function_name")),
                functionArguments: arguments(hex: row.string("arguments"), count: row.int("argument_count")),
                enabled: Trigger.EnabledState(rawValue: row.string("enabled")) ?? .origin,
                definition: definition, comment: row.optionalString("comment"))
        }
    }

    /// The condition inside `WHEN (…)` of a `pg_get_triggerdef` text, which reads
    /// `… FOR EACH ROW|STATEMENT WHEN (condition) EXECUTE FUNCTION f(args)`; Postgres has no function that
    /// prints the condition alone.
    static func whenCondition(in definition: String) -> String? {
        guard let end = definition.range(of: ") EXECUTE FUNCTION ", options: .backwards) else { return nil }
        let head = definition[..<end.lowerBound]
        let markers = [" FOR EACH ROW WHEN (", " FOR EACH STATEMENT WHEN ("]
        guard let start = markers.compactMap({ head.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound })
        else { return nil }
        return String(head[start.upperBound...])
    }

    /// `tgargs` (hex of NUL-terminated strings) as Swift strings.
    static func arguments(hex: String, count: Int) -> [String] {
        guard count > 0 else { return [] }
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            bytes.append(UInt8(hex[index..<next], radix: 16) ?? 0)
            index = next
        }
        return bytes.split(separator: 0, omittingEmptySubsequences: false).prefix(count).map {
            String(decoding: $0, as: UTF8.self)
        }
    }
}
