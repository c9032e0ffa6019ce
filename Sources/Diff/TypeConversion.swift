import Foundation
import SQLSyntax

/// How `ALTER COLUMN … TYPE` turns the values of one type into another, decided without a database.
///
/// The rule, in order:
/// 1. Same base type (only the modifier changes), or both in one family of mutually assignment-castable built-in
///    types (`integer`/`bigint`/`numeric`…, `text`/`varchar`/…, `timestamp`/`date`…): no `USING`, so Postgres uses
///    its assignment cast, which raises an error instead of silently truncating.
/// 2. To a string type: every type's output function is an assignment cast to text, so no `USING` either.
/// 3. A pair in `explicitCasts` (built-in casts across families, from `pg_cast`): `USING col::new`.
/// 4. From a string type, or from/to a type the table does not know (enums, domains, composite and extension
///    types): `USING col::text::new`, an I/O conversion. It keeps every value that parses as the new type and
///    makes the migration fail (and roll back) otherwise: a run-time hazard, never a silent loss.
/// 5. Two built-in types with no cast between them (`point` → `integer`): no conversion keeps the values, so the
///    column is dropped and added again, a destructive change that says why. This holds even where the text form
///    of some values happens to parse as the new type (`integer` 20240101 → `date`): such a pair has no cast in
///    Postgres, and the destructive flag makes someone decide.
enum TypeConversion: Equatable {
    /// Postgres converts by an implicit or assignment cast; no `USING` clause.
    case assignment
    /// A built-in explicit cast: `USING col::new`.
    case explicitCast
    /// An I/O conversion through text that may fail at run time: `USING col::text::new` (or `col::new` from text).
    case throughText
    /// No cast path: the values cannot be kept.
    case none

    /// The conversion from type `old` to type `new`, both as `format_type` prints them.
    init(from old: String, to new: String) {
        if old == new {  // the common case, decided without taking the type names apart
            self = .assignment
            return
        }
        let from = baseTypeName(old)
        let to = baseTypeName(new)
        let fromElement = from.hasSuffix("[]") ? String(from.dropLast(2)) : nil
        let toElement = to.hasSuffix("[]") ? String(to.dropLast(2)) : nil
        if from == to || assignmentFamilies.contains(where: { $0.contains(from) && $0.contains(to) })
            || stringTypes.contains(to)
        {
            self = .assignment
        } else if explicitCasts.contains(CastPair(from, to)) {
            self = .explicitCast
        } else if let fromElement, let toElement {
            self = TypeConversion(from: fromElement, to: toElement)
        } else if stringTypes.contains(from) || !builtInTypes.contains(fromElement ?? from)
            || !builtInTypes.contains(toElement ?? to)
        {
            self = .throughText
        } else {
            self = .none
        }
    }

    /// The `USING` expression for column `column` converted to `type`, or `nil` when none is needed (or possible).
    func using(column: String, from old: String, to type: String) -> String? {
        let name = quoteIdentifier(column)
        switch self {
        case .assignment, .none: return nil
        case .explicitCast: return "\(name)::\(type)"
        case .throughText:
            return stringTypes.contains(baseTypeName(old)) ? "\(name)::\(type)" : "\(name)::text::\(type)"
        }
    }
}

/// The type name without its modifier: `character varying(10)` → `character varying`, `numeric(12,2)[]` →
/// `numeric[]`.
func baseTypeName(_ type: String) -> String {
    var text = type
    while let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") {
        text.removeSubrange(open...close)
    }
    return text.trimmingCharacters(in: .whitespaces)
}

/// Whether `ALTER COLUMN … TYPE` needs a `USING` clause to convert `old` to `new` (see `TypeConversion`).
func needsUsingCast(from old: String, to new: String) -> Bool {
    TypeConversion(from: old, to: new) != .assignment
}

private struct CastPair: Hashable {
    let from: String
    let to: String
    init(_ from: String, _ to: String) {
        self.from = from
        self.to = to
    }
}

/// Families of built-in types with implicit or assignment casts between all their members.
private let assignmentFamilies: [Set<String>] = [
    ["smallint", "integer", "bigint", "numeric", "real", "double precision"],
    ["text", "character varying", "character", "name", "citext"],
    ["timestamp without time zone", "timestamp with time zone", "date"],
    ["time without time zone", "time with time zone", "interval"],
    ["bit", "bit varying"],
    ["inet", "cidr"],
    ["macaddr", "macaddr8"],
    ["json", "jsonb"],
]

private let stringTypes: Set<String> = ["text", "character varying", "character", "name", "citext"]

/// Built-in casts between types of different families (`pg_cast`, PostgreSQL 15).
private let explicitCasts: Set<CastPair> = [
    CastPair("integer", "boolean"), CastPair("boolean", "integer"),
    CastPair("integer", "bit"), CastPair("bigint", "bit"), CastPair("bit", "integer"), CastPair("bit", "bigint"),
    CastPair("jsonb", "boolean"), CastPair("jsonb", "smallint"), CastPair("jsonb", "integer"),
    CastPair("jsonb", "bigint"), CastPair("jsonb", "numeric"), CastPair("jsonb", "real"),
    CastPair("jsonb", "double precision"),
    CastPair("integer", "money"), CastPair("bigint", "money"), CastPair("numeric", "money"),
    CastPair("money", "numeric"),
    CastPair("timestamp without time zone", "time without time zone"),
    CastPair("timestamp with time zone", "time with time zone"),
]

/// The built-in types the rule knows; a type outside this set is user-defined or from an extension.
private let builtInTypes: Set<String> = [
    "smallint", "integer", "bigint", "numeric", "real", "double precision", "money",
    "text", "character varying", "character", "name", "citext", "\"char\"",
    "boolean", "bytea", "uuid", "json", "jsonb", "xml",
    "date", "timestamp without time zone", "timestamp with time zone", "time without time zone",
    "time with time zone", "interval",
    "inet", "cidr", "macaddr", "macaddr8", "bit", "bit varying",
    "point", "line", "lseg", "box", "path", "polygon", "circle",
    "tsvector", "tsquery", "oid", "pg_lsn",
    "int4range", "int8range", "numrange", "daterange", "tsrange", "tstzrange",
    "int4multirange", "int8multirange", "nummultirange", "datemultirange", "tsmultirange", "tstzmultirange",
]
