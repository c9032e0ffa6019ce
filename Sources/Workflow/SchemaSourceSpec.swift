import Postgres

/// Where a schema comes from in `db diff --from/--to`: a live database, the migrations directory replayed into a
/// scratch database, or the Swift DSL normalised through a scratch database.
public enum SchemaSourceSpec: Sendable, CustomStringConvertible {
    case database(ConnectionString)
    case migrations
    case schema

    /// Parses `schema`, `migrations`, a `postgres://`/`postgresql://` URL or a `key=value` conninfo.
    public init(_ text: String) throws {
        switch text {
        case "schema": self = .schema
        case "migrations": self = .migrations
        default:
            guard text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") || text.contains("=") else {
                // Only a plain word is repeated: a mistyped URL may hold a password.
                let isPlainWord = text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "_.-".contains($0)) }
                throw WorkflowError(
                    isPlainWord
                        ? "unknown schema source \"\(text)\""
                        : "unknown schema source (not `schema`, `migrations`, a postgresql:// URL or a key=value conninfo)",
                    next: "use `schema` (the Swift DSL), `migrations` (the migrations directory) or a PostgreSQL URL")
            }
            self = .database(try ConnectionString(text))
        }
    }

    public var description: String {
        switch self {
        case .database(let target): return target.redacted
        case .migrations: return "migrations"
        case .schema: return "schema"
        }
    }
}

/// A workflow failure: what happened and what to do next.
public struct WorkflowError: Error, CustomStringConvertible {
    public let message: String
    public let next: String?

    public init(_ message: String, next: String? = nil) {
        self.message = message
        self.next = next
    }

    public var description: String { next.map { "\(message)\n  \($0)" } ?? message }
}
