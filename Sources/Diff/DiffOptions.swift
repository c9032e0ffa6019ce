/// What `diff(from:to:hints:options:)` compares beyond the schema objects themselves.
public struct DiffOptions: Hashable, Sendable {
    /// Compare owners and plan `ALTER … OWNER TO` (the `--owners` flag). Off by default: many teams deploy as one
    /// role, and without it owners are neither compared nor emitted.
    public var includeOwners: Bool

    public init(includeOwners: Bool = false) {
        self.includeOwners = includeOwners
    }
}
