import Catalog

/// `elements` cut into runs of consecutive elements on the same relation, each with that relation's
/// `QualifiedName.key`.
///
/// A query that returns a relation's rows together (ordered by relation) gives one run per relation, so the
/// key is built and the relation looked up in the catalog once per relation instead of once per row. Any order
/// gives the same result when the runs are applied in turn, only with more, shorter runs.
func relationRuns<Element>(
    _ elements: [Element], on relation: (Element) -> QualifiedName
) -> [(key: String, elements: ArraySlice<Element>)] {
    var runs: [(key: String, elements: ArraySlice<Element>)] = []
    var start = elements.startIndex
    while start < elements.endIndex {
        let name = relation(elements[start])
        var end = start + 1
        while end < elements.endIndex, relation(elements[end]) == name { end += 1 }
        runs.append((name.key, elements[start..<end]))
        start = end
    }
    return runs
}
