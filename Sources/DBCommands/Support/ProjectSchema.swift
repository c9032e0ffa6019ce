import Foundation
import SchemaDSL

/// The DSL schema handed to `DB.main(schema:)`, read by the commands that compare against it.
final class ProjectSchema: @unchecked Sendable {
    static let shared = ProjectSchema()
    private let lock = NSLock()
    private var schema: (any DatabaseSchema.Type)?

    func set(_ schema: any DatabaseSchema.Type) { lock.withLock { self.schema = schema } }
    var current: (any DatabaseSchema.Type)? { lock.withLock { schema } }
}
