import Catalog

/// A value read for a table or view (a column, a constraint), with the relation it belongs to.
struct OnRelation<Value> {
    var relation: QualifiedName
    var value: Value
    /// True for a partition's constraint that Postgres cloned from its parent's (see `Table.inheritedConstraints`).
    var isPartitionClone = false
}
