import SchemaDSL

/// A user's own schema, in its own module that imports only `SchemaDSL`.
public enum NotesSchema: DatabaseSchema {
    public static var schema: [SchemaElement] {
        Schema("notes")
        Table("notes", schema: "notes") {
            Column("id", .bigint).identity().primaryKey()
            Column("body", .text).notNull()
            Column("created_at", .timestamptz).notNull().default(.now)
            Index(on: "created_at")
        }
    }
}
