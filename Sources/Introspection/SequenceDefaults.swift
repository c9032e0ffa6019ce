import Catalog
import Postgres

extension SequenceOptions {
    /// Options read from `pg_sequence` columns `seqstart`…`seqcycle` (prefixed by `prefix`), each kept only when
    /// it differs from what `CREATE SEQUENCE … AS dataType` would choose, so unchanged defaults compare equal to a
    /// desired schema that leaves them out.
    init(row: Row, prefix: String = "", dataType: String) {
        let increment = Int64(row.string(prefix + "seqincrement")) ?? 1
        let ascending = increment > 0
        let (typeMin, typeMax) = Self.bounds(of: dataType)
        let defaultMin: Int64 = ascending ? 1 : typeMin
        let defaultMax: Int64 = ascending ? typeMax : -1
        let minValue = Int64(row.string(prefix + "seqmin")) ?? defaultMin
        let maxValue = Int64(row.string(prefix + "seqmax")) ?? defaultMax
        let start = Int64(row.string(prefix + "seqstart")) ?? (ascending ? minValue : maxValue)
        let cache = Int64(row.string(prefix + "seqcache")) ?? 1
        self.init(
            start: start == (ascending ? minValue : maxValue) ? nil : start,
            increment: increment == 1 ? nil : increment,
            minValue: minValue == defaultMin ? nil : minValue,
            maxValue: maxValue == defaultMax ? nil : maxValue,
            cache: cache == 1 ? nil : cache,
            cycle: row.bool(prefix + "seqcycle"))
    }

    /// The value range of a sequence data type as `format_type` names it.
    private static func bounds(of dataType: String) -> (Int64, Int64) {
        switch dataType {
        case "smallint": return (Int64(Int16.min), Int64(Int16.max))
        case "integer": return (Int64(Int32.min), Int64(Int32.max))
        default: return (Int64.min, Int64.max)
        }
    }
}
