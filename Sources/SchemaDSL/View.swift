import Catalog

/// A view; `query` is the SELECT (SQL) it stands for.
///
/// ```swift
/// View("published_posts", schema: "app", as: "SELECT id, title FROM app.posts WHERE status = 'published'")
/// ```
public struct View: Sendable {
    let name: QualifiedName
    let query: String
    let isMaterialized: Bool
    let location: SourceLocation
    /// Grants, revokes and owner (see `Grantable`).
    public var access = Access()
    var options: [String] = []
    var indexes: [Index] = []
    var comment: String?
    var columnComments: [String: String] = [:]
    var isPopulated = true
    var triggers: [Trigger] = []

    /// A view `name` in `schema` for the SELECT `query`.
    public init(
        _ name: String, schema: String = "public", as query: String, fileID: String = #fileID, line: Int = #line
    ) {
        self.init(
            name: QualifiedName(schema, name), query: query, isMaterialized: false,
            location: SourceLocation(fileID: fileID, line: line))
    }

    /// A materialized view, e.g. `View.materialized("post_stats", schema: "app", as: "SELECT …")`, optionally with
    /// `.index(Index(on: "organization_id"))`.
    public static func materialized(
        _ name: String, schema: String = "public", as query: String, fileID: String = #fileID, line: Int = #line
    ) -> View {
        View(
            name: QualifiedName(schema, name), query: query, isMaterialized: true,
            location: SourceLocation(fileID: fileID, line: line))
    }

    private init(name: QualifiedName, query: String, isMaterialized: Bool, location: SourceLocation) {
        self.name = name
        self.query = query
        self.isMaterialized = isMaterialized
        self.location = location
    }

    /// `WITH (option)`, e.g. `security_barrier=true`, `security_invoker=true`.
    public func options(_ options: String...) -> View { with { $0.options = options } }

    /// An index on a materialized view.
    public func index(_ index: Index) -> View { with { $0.indexes.append(index) } }

    /// `COMMENT ON VIEW`.
    public func comment(_ text: String) -> View { with { $0.comment = text } }

    /// `COMMENT ON COLUMN` for the view column `column`.
    ///
    /// ```swift
    /// View.materialized("totals", as: "SELECT count(*) AS n FROM t").columnComment("n", "count")
    /// ```
    public func columnComment(_ column: String, _ text: String) -> View { with { $0.columnComments[column] = text } }

    /// `WITH NO DATA`: a materialized view created empty (unreadable until `REFRESH MATERIALIZED VIEW`).
    public func withNoData() -> View { with { $0.isPopulated = false } }

    /// A trigger on the view, typically `INSTEAD OF` a write, e.g.
    /// `.trigger(Trigger("v_insert", .insteadOf, .insert, execute: App.writeThrough))`.
    public func trigger(_ trigger: Trigger) -> View { with { $0.triggers.append(trigger) } }


    var catalogView: CatalogView {
        let catalogIndexes = indexes.map { $0.catalogIndex(on: name) }
        var view = CatalogView(
            name: name, isMaterialized: isMaterialized, definition: query, options: options.sorted(),
            indexes: Dictionary(catalogIndexes.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first }),
            comment: comment, columnComments: columnComments)
        view.isPopulated = isPopulated
        for trigger in triggers { view.triggers[trigger.name] = trigger.catalogTrigger(on: name) }
        return view
    }
}
