import Catalog

/// The ordered changes that turn `from` into `to`.
///
/// Both catalogs should come from Postgres (introspection) or follow its normalised text, so that equal objects
/// compare equal. Renames are emitted only for `hints`; without a hint a vanished and a new object are a drop and a
/// create. `diff(from: Catalog(), to: catalog)` is the CREATE script of `catalog`, in dependency order.
///
/// ```swift
/// for change in diff(from: live, to: desired) { print(change.sql + ";") }
/// ```
/// Owners are compared only with `options.includeOwners`; otherwise both catalogs' owners are ignored.
public func diff(
    from: Catalog, to: Catalog, hints: SchemaHints = SchemaHints(), options: DiffOptions = DiffOptions()
) -> [Change] {
    var differ =
        options.includeOwners
        ? Differ(from: from, to: to, hints: hints)
        : Differ(from: from.withoutOwners(), to: to.withoutOwners(), hints: hints)
    differ.run()
    if options.includeOwners { differ.diffOwners() }
    return Planner.order(differ.items)
}

/// Collects `PlanItem`s object kind by object kind; each kind lives in its own `…Diff.swift` extension.
struct Differ {
    /// The old catalog, with rename hints already applied to it.
    var from: Catalog
    let to: Catalog
    let hints: SchemaHints
    var items: [PlanItem] = []
    var oldReferences: References
    let newReferences: References

    /// Columns (`ObjectID.column`) whose type changes or which are dropped: views reading them are recreated.
    var dirtyColumns: Set<String> = []
    /// Relations (`ObjectID.relation`) dropped or recreated.
    var droppedRelations: Set<String> = []
    /// Columns a type recreation moves to the new type, with their defaults (`recreateTypeInUse`).
    var retypedColumns: Set<String> = []
    /// Function keys that are dropped, and created again when the new catalog has them (their triggers and views
    /// must follow).
    var recreatedFunctions: Set<String> = []
    /// `ObjectID.functionName` of those functions: defaults, checks, indexes and policies calling them follow too.
    var recreatedFunctionNames: Set<String> = []
    /// Table keys dropped and created again.
    var recreatedTables: Set<String> = []
    /// Unique keys (`ObjectID.uniqueKey`) of kept tables whose constraint or index is dropped: foreign keys that
    /// rely on them must be dropped first and added again after.
    var droppedUniqueKeys: Set<String> = []
    /// `ObjectID.type` of kept types renamed away and created again (see `planRecreations`).
    var recreatedTypeIDs: Set<String> = []
    /// `ObjectID.column` of the columns of kept tables whose type changes, in place or through a recreated type.
    var columnsChangingType: Set<String> = []

    init(from: Catalog, to: Catalog, hints: SchemaHints) {
        self.from = from
        self.to = to
        self.hints = hints
        self.oldReferences = References(from)
        self.newReferences = References(to)
    }

    mutating func run() {
        applyRenameHints()
        oldReferences = References(from)
        planRecreations()
        diffSchemas()
        diffExtensions()
        diffEnums()
        diffDomains()
        diffCompositeTypes()
        diffSequences()
        diffFunctions()
        diffTables()
        diffViews()
        diffEventTriggers()
        diffPublications()
        diffPrivileges()
    }

    mutating func add(
        _ change: Change, provides: [String] = [], requires: [String] = [], removes: [String] = [],
        releases: [String] = []
    ) {
        items.append(PlanItem(change: change, provides: provides, requires: requires, removes: removes, releases: releases))
    }

    /// True when old expression text calls a function the plan drops and creates again, so that whatever holds the
    /// expression must be dropped before and restored after (Postgres refuses to drop a function still in use).
    func callsRecreatedFunction(_ text: String?, schema: String) -> Bool {
        guard let text, !recreatedFunctionNames.isEmpty else { return false }
        return oldReferences.ids(in: text, schema: schema).contains { recreatedFunctionNames.contains($0) }
    }

    /// Emits `COMMENT ON` when the comment differs (`old` is `nil` for a new object).
    mutating func diffComment(_ target: CommentTarget, old: String?, new: String?, object: String) {
        guard old != new else { return }
        add(.setComment(target, new), requires: [object])
    }
}

/// Sorted values of a dictionary, by key, for deterministic iteration.
func sortedValues<Value>(_ dictionary: [String: Value]) -> [Value] {
    dictionary.sorted { $0.key < $1.key }.map(\.value)
}
