/// Postgres's own names for constraints and indexes declared without one (`makeObjectName` in
/// `src/backend/commands/indexcmds.c`), so a DSL table matches what Postgres would name it.
enum ConstraintNaming {
    /// `<table>_<columns>_<label>` (or `<table>_<label>`), with the longer of the two name parts shortened until the
    /// whole name fits in 63 bytes, exactly as Postgres does.
    static func name(table: String, columns: [String], label: String) -> String {
        let name2 = columns.isEmpty ? nil : columns.joined(separator: "_")
        let overhead = label.utf8.count + 1 + (name2 == nil ? 0 : 1)
        let available = 63 - overhead
        var first = Array(table.utf8)
        var second = Array((name2 ?? "").utf8)
        while first.count + second.count > available {
            if first.count > second.count { first.removeLast() } else { second.removeLast() }
        }
        var parts = [clip(first)]
        if name2 != nil { parts.append(clip(second)) }
        parts.append(label)
        return parts.joined(separator: "_")
    }

    /// Drops trailing bytes until the prefix is valid UTF-8 (Postgres's `pg_mbcliplen`).
    private static func clip(_ bytes: [UInt8]) -> String {
        var bytes = bytes
        while String(validating: bytes, as: UTF8.self) == nil { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
