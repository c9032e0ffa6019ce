import Catalog
import SQLSyntax

/// Turns DSL constraints into catalog constraints, with the definition text `pg_get_constraintdef` would print.
extension TableConstraint {
    var location: SourceLocation {
        switch self {
        case .primaryKey(let key): key.location
        case .unique(let unique): unique.location
        case .foreignKey(let key): key.location
        case .check(let check): check.location
        case .exclusion(let exclusion): exclusion.location
        }
    }

    var oldName: String? {
        switch self {
        case .primaryKey(let key): key.oldName
        case .unique(let unique): unique.oldName
        case .foreignKey(let key): key.oldName
        case .check(let check): check.oldName
        case .exclusion(let exclusion): exclusion.oldName
        }
    }

    var comment: String? {
        switch self {
        case .primaryKey(let key): key.comment
        case .unique(let unique): unique.comment
        case .foreignKey(let key): key.comment
        case .check(let check): check.comment
        case .exclusion(let exclusion): exclusion.comment
        }
    }

    /// True for a `NOT VALID` foreign key or check; the other kinds are always validated.
    var isNotValid: Bool {
        switch self {
        case .foreignKey(let key): key.isNotValid
        case .check(let check): check.isNotValid
        case .primaryKey, .unique, .exclusion: false
        }
    }

    /// The explicit name, or the one Postgres would choose for a constraint of `table`.
    func name(table: String) -> String {
        explicitName ?? defaultName(table: table)
    }

    /// The name Postgres chooses for an unnamed constraint of `table`; `columnNames` maps the DSL's column names
    /// (to compute the name the constraint had before columns were renamed).
    func defaultName(table: String, columnNames: (String) -> String = { $0 }) -> String {
        switch self {
        case .primaryKey: ConstraintNaming.name(table: table, columns: [], label: "pkey")
        case .unique(let unique):
            ConstraintNaming.name(table: table, columns: unique.columns.map(columnNames), label: "key")
        case .foreignKey(let key):
            ConstraintNaming.name(table: table, columns: key.columns.map(columnNames), label: "fkey")
        case .check(let check):
            ConstraintNaming.name(table: table, columns: check.column.map { [columnNames($0)] } ?? [], label: "check")
        case .exclusion(let exclusion): exclusion.name
        }
    }

    var explicitName: String? {
        switch self {
        case .primaryKey(let key): key.name
        case .unique(let unique): unique.name
        case .foreignKey(let key): key.name
        case .check(let check): check.name
        case .exclusion(let exclusion): exclusion.name
        }
    }

    /// The catalog constraint; like `pg_get_constraintdef`, a `NOT VALID` definition ends in ` NOT VALID`.
    func catalogConstraint(table: QualifiedName) -> Constraint {
        var constraint = structuralConstraint(table: table)
        constraint.comment = comment
        if isNotValid {
            constraint.isValidated = false
            constraint.definition += " NOT VALID"
        }
        return constraint
    }

    private func structuralConstraint(table: QualifiedName) -> Constraint {
        let name = name(table: table.name)
        switch self {
        case .primaryKey(let key):
            return Constraint(
                name: name, kind: .primaryKey(columns: key.columns),
                definition: "PRIMARY KEY (\(columnList(key.columns)))" + key.deferrability.sql,
                isDeferrable: key.deferrability != .notDeferrable,
                isInitiallyDeferred: key.deferrability == .initiallyDeferred)
        case .unique(let unique):
            let nulls = unique.isNullsNotDistinct ? " NULLS NOT DISTINCT" : ""
            return Constraint(
                name: name, kind: .unique(columns: unique.columns, nullsNotDistinct: unique.isNullsNotDistinct),
                definition: "UNIQUE\(nulls) (\(columnList(unique.columns)))" + unique.deferrability.sql,
                isDeferrable: unique.deferrability != .notDeferrable,
                isInitiallyDeferred: unique.deferrability == .initiallyDeferred)
        case .foreignKey(let key):
            let referenced = key.referencedTable ?? table
            let structure = CatalogForeignKey(
                columns: key.columns, referencedTable: referenced, referencedColumns: key.target.map(\.name),
                onDelete: key.onDelete, onUpdate: key.onUpdate, match: key.match)
            var definition =
                "FOREIGN KEY (\(columnList(key.columns))) REFERENCES "
                + qualifiedName(referenced.schema, referenced.name) + "(\(columnList(structure.referencedColumns)))"
            if key.match == .full { definition += " MATCH FULL" }
            if key.onUpdate != .noAction { definition += " ON UPDATE " + key.onUpdate.rawValue }
            if key.onDelete != .noAction { definition += " ON DELETE " + key.onDelete.rawValue }
            return Constraint(
                name: name, kind: .foreignKey(structure), definition: definition + key.deferrability.sql,
                isDeferrable: key.deferrability != .notDeferrable,
                isInitiallyDeferred: key.deferrability == .initiallyDeferred)
        case .check(let check):
            return Constraint(
                name: name, kind: .check(expression: check.expression, noInherit: check.noInherit),
                definition: "CHECK (\(check.expression))" + (check.noInherit ? " NO INHERIT" : ""))
        case .exclusion(let exclusion):
            var definition =
                "EXCLUDE USING \(exclusion.method.sql) ("
                + exclusion.elements.map(\.sql).joined(separator: ", ") + ")"
            if let predicate = exclusion.predicate { definition += " WHERE (\(predicate))" }
            return Constraint(
                name: name,
                kind: .exclusion(
                    method: exclusion.method.name,
                    elements: exclusion.elements.map { "\($0.expression) WITH \($0.operatorName)" },
                    predicate: exclusion.predicate),
                definition: definition + exclusion.deferrability.sql,
                isDeferrable: exclusion.deferrability != .notDeferrable,
                isInitiallyDeferred: exclusion.deferrability == .initiallyDeferred)
        }
    }
}

/// `"a", "b"`: quoted, comma-separated column names.
func columnList(_ columns: [String]) -> String { columns.map(quoteIdentifier).joined(separator: ", ") }
