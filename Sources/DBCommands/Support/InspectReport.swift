import Catalog
import Foundation

/// The `db inspect --json` document: `{"format": 2, "catalog": {…}}`, keys sorted so output is byte-stable.
struct InspectReport: Encodable {
    /// Bumped when the document changes incompatibly (2: indexes are described by their parts, without a
    /// `definition` text).
    let format = 2
    let catalog: Catalog

    /// Pretty-printed JSON with sorted keys, UTF-8 (`StableJSONEncoder`: the same bytes as `JSONEncoder`, faster on a
    /// catalog of thousands of tables).
    func json() throws -> Data {
        try StableJSONEncoder().encode(self)
    }
}
