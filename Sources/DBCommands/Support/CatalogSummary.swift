import Catalog
import SQLSyntax

/// The human-readable `db inspect` output: object counts per kind, then one line per table with its columns,
/// constraints, indexes, triggers and policies counted; one line per entry whatever the names hold.
struct CatalogSummary {
    let lines: [String]

    init(_ catalog: Catalog) {
        let tables = catalog.tables.values.sorted { $0.name < $1.name }
        let views = catalog.views.values.sorted { $0.name < $1.name }
        var lines = ["schemas: \(catalog.schemas.keys.sorted().joined(separator: ", "))"]
        let counts: [(String, Int)] = [
            ("extensions", catalog.extensions.count), ("enums", catalog.enums.count),
            ("domains", catalog.domains.count), ("composite types", catalog.compositeTypes.count),
            ("sequences", catalog.sequences.count), ("tables", tables.count),
            ("views", views.filter { !$0.isMaterialized }.count),
            ("materialized views", views.filter(\.isMaterialized).count),
            ("functions", catalog.functions.values.filter { $0.kind == .function }.count),
            ("procedures", catalog.functions.values.filter { $0.kind == .procedure }.count),
            ("columns", tables.reduce(0) { $0 + $1.columns.count }),
            ("constraints", tables.reduce(0) { $0 + $1.constraints.count }),
            ("indexes", tables.reduce(0) { $0 + $1.indexes.count } + views.reduce(0) { $0 + $1.indexes.count }),
            ("triggers", tables.reduce(0) { $0 + $1.triggers.count }),
            ("policies", tables.reduce(0) { $0 + $1.policies.count }),
            ("event triggers", catalog.eventTriggers.count), ("publications", catalog.publications.count),
        ]
        for (kind, count) in counts { lines.append("\(kind): \(count)") }
        if !tables.isEmpty { lines.append("tables:") }
        for table in tables {
            var notes = [
                "\(table.columns.count) columns", "\(table.constraints.count) constraints",
                "\(table.indexes.count) indexes",
            ]
            if !table.triggers.isEmpty { notes.append("\(table.triggers.count) triggers") }
            if !table.policies.isEmpty { notes.append("\(table.policies.count) policies") }
            if table.rowLevelSecurity { notes.append(table.forceRowLevelSecurity ? "RLS forced" : "RLS") }
            if table.isUnlogged { notes.append("unlogged") }
            if let key = table.partitionKey { notes.append("partitioned by \(key)") }
            if let parent = table.partitionOf { notes.append("partition of \(parent.parent) \(parent.bound)") }
            lines.append("  \(table.name)  " + notes.joined(separator: ", "))
        }
        if !views.isEmpty { lines.append("views:") }
        for view in views {
            lines.append("  \(view.name)  \(view.isMaterialized ? "materialized, " : "")\(view.columns.count) columns")
        }
        // Names are escaped onto one line, so none can forge a line of its own.
        self.lines = lines.map(singleLine)
    }
}
