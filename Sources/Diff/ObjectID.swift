import Catalog

/// The identities the planner matches `provides`/`requires`/`removes`/`releases` on.
///
/// Tables, views, sequences and indexes share one namespace (`rel:`) because Postgres keeps them in one
/// (`pg_class`): dropping a table and creating a view of the same name must be ordered.
enum ObjectID {
    static func schema(_ name: String) -> String { "schema:" + name }
    static func `extension`(_ name: String) -> String { "ext:" + name }
    /// Provided by every extension the plan creates; required by changes whose SQL might use an extension's objects.
    static let anyExtension = "ext:*"
    static func type(_ name: QualifiedName) -> String { "type:" + name.key }
    static func relation(_ name: QualifiedName) -> String { "rel:" + name.key }
    static func column(_ table: QualifiedName, _ column: String) -> String { "col:" + table.key + "." + column }
    static func constraint(_ table: QualifiedName, _ name: String) -> String { "con:" + table.key + "." + name }
    /// A unique key (primary key, unique constraint or unique index) over these columns, which foreign keys need.
    static func uniqueKey(_ table: QualifiedName, _ columns: [String]) -> String {
        "ukey:" + table.key + "(" + columns.joined(separator: ",") + ")"
    }
    static func function(_ key: String) -> String { "fn:" + key }
    /// Any overload of a function name: what a call found in expression text can depend on.
    static func functionName(_ name: QualifiedName) -> String { "fname:" + name.key }
    static func trigger(_ table: QualifiedName, _ name: String) -> String { "trg:" + table.key + "." + name }
    static func policy(_ table: QualifiedName, _ name: String) -> String { "pol:" + table.key + "." + name }
    /// Event triggers and publications are database-wide, named without a schema.
    static func eventTrigger(_ name: String) -> String { "evt:" + name }
    static func publication(_ name: String) -> String { "pub:" + name }
}
