import Foundation
import SQLSyntax

extension RelationName {
    /// `"schema"."name"` (or `"name"` when unqualified), as `to_regclass` reads it.
    var regclassText: String {
        (schema.map { quoteIdentifier($0) + "." } ?? "") + quoteIdentifier(name)
    }

    /// The `regclassText` of each name as one JSON array, for `jsonb_array_elements_text($n::jsonb)`: a single
    /// query parameter however many relations there are.
    static func jsonArrayParameter(_ names: [RelationName]) throws -> String {
        try jsonQueryParameter(names.map(\.regclassText))
    }
}

/// `value` as JSON text, for a `$n::jsonb` query parameter (e.g. `jsonb_array_elements`): however many values a
/// question has, one parameter.
func jsonQueryParameter(_ value: some Encodable) throws -> String {
    String(decoding: try JSONEncoder().encode(value), as: UTF8.self)
}
