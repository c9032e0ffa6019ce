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
        String(decoding: try JSONEncoder().encode(names.map(\.regclassText)), as: UTF8.self)
    }
}
