import Catalog

/// Event triggers and publications, which belong to no schema: an event trigger is written with its function's
/// schema, a publication with `homeSchema(of:)`.
extension SchemaSourceRenderer {
    /// The schema file a publication is written to: its first table's schema, else its first `TABLES IN SCHEMA`
    /// schema, else `public`.
    static func homeSchema(of publication: Publication) -> String {
        publication.members.first?.table.schema ?? publication.schemas.first ?? "public"
    }

    func eventTrigger(_ value: EventTrigger) -> [String] {
        let event: String
        switch value.event {
        case .ddlCommandStart: event = ".ddlCommandStart"
        case .ddlCommandEnd: event = ".ddlCommandEnd"
        case .sqlDrop: event = ".sqlDrop"
        case .tableRewrite: event = ".tableRewrite"
        }
        let head = "EventTrigger(\(Self.string(value.name)), on: \(event), executeFunction: "
            + "\(Self.string(value.function.name)), schema: \(Self.string(value.function.schema)))"
        var modifiers: [String] = []
        if !value.tags.isEmpty { modifiers.append(".tags(\(value.tags.map(Self.string).joined(separator: ", ")))") }
        switch value.enabled {
        case .origin: break
        case .disabled: modifiers.append(".enabled(.disabled)")
        case .replica: modifiers.append(".enabled(.replica)")
        case .always: modifiers.append(".enabled(.always)")
        }
        if let comment = value.comment { modifiers.append(".comment(\(Self.string(comment)))") }
        return Self.chain([head], modifiers)
    }

    func publication(_ value: Publication) -> [String] {
        let head =
            value.allTables
            ? "Publication.allTables(\(Self.string(value.name)))" : "Publication(\(Self.string(value.name)))"
        var modifiers: [String] = []
        for member in value.members {
            var arguments = [Self.tableReference(member.table)]
            if let columns = member.columns { arguments.append("columns: " + columns.map(Self.string).joined(separator: ", ")) }
            if let filter = member.rowFilter { arguments.append("where: " + Self.string(filter)) }
            modifiers.append(".table(\(arguments.joined(separator: ", ")))")
        }
        for schema in value.schemas { modifiers.append(".tables(inSchema: \(Self.string(schema)))") }
        if value.operations != Publication.Operation.allCases {
            modifiers.append(".publish(\(value.operations.map { "." + $0.rawValue }.joined(separator: ", ")))")
        }
        if value.viaPartitionRoot { modifiers.append(".viaPartitionRoot()") }
        if let comment = value.comment { modifiers.append(".comment(\(Self.string(comment)))") }
        return Self.chain([head], modifiers)
    }
}
