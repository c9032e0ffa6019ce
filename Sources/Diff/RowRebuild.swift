import SQLSyntax

/// How a value of a recreated composite type moves to the new version of the type: each new attribute's field, in
/// the new order, taken from the old value's field of the same name (see `Differ.rowRebuild`).
///
/// ```swift
/// rebuild.sql(of: quoteIdentifier("p"), as: "app.pair")
/// // CASE WHEN "p" IS NOT DISTINCT FROM NULL THEN NULL ELSE ROW(("p")."b"::text, ("p")."a"::integer)::app.pair END
/// ```
struct RowRebuild {
    /// Where a new attribute's field comes from.
    indirect enum Source {
        /// A new attribute: NULL.
        case absent
        /// The old field, cast to the new attribute type; through its text form when that type is recreated too
        /// (an enum, or a domain over a scalar, whose text form is the same).
        case cast(throughText: Bool)
        /// The old field, a row of a recreated composite type (or of a domain over one) whose text form would not
        /// carry it: rebuilt field by field the same way.
        case rebuilt(RowRebuild)
        /// The old field, an array of rows of a recreated composite type whose text form would not carry them:
        /// matched by attribute name, at every level, through JSON read back with `jsonb_populate_record` into the
        /// new version of the enclosing type (`holder`), whose other fields stay NULL.
        case throughJSON(holder: String)
    }

    /// One attribute of the new version of the type.
    struct Field {
        let name: String
        let type: String
        let source: Source
    }

    let fields: [Field]

    /// The expression turning `value`, a row of the old version, into a row of the new version cast to `type` (the
    /// composite type or a domain over it), NULL for a NULL value. `IS NOT DISTINCT FROM NULL`, not `IS NULL`, which
    /// is also true for a row whose fields are all NULL and would turn it into NULL.
    func sql(of value: String, as type: String) -> String {
        let fields = fields.map { field in
            let old = "(\(value)).\(quoteIdentifier(field.name))"
            switch field.source {
            case .absent: return "NULL::" + field.type
            case .cast(let throughText): return old + (throughText ? "::text::" : "::") + field.type
            case .rebuilt(let rebuild): return rebuild.sql(of: old, as: field.type)
            case .throughJSON(let holder):
                let json = "jsonb_build_object(\(quoteLiteral(field.name)), \(old))"
                return "(jsonb_populate_record(NULL::\(holder), \(json))).\(quoteIdentifier(field.name))"
            }
        }
        return "CASE WHEN \(value) IS NOT DISTINCT FROM NULL THEN NULL ELSE ROW(\(fields.joined(separator: ", ")))::\(type) END"
    }
}
