/// A Swift `String` enum that declares a Postgres enum: its raw values are the labels, in declaration order.
///
/// ```swift
/// enum PostStatus: String, DatabaseEnum {
///     case draft, published, archived
///     static let schemaName = "app"
/// }
/// // in the schema: Enum(PostStatus.self), and Column("status", .enum(PostStatus.self))
/// ```
public protocol DatabaseEnum: CaseIterable, RawRepresentable, Sendable where RawValue == String {
    /// The Postgres type name; defaults to the Swift type name in snake_case (`PostStatus` → `post_status`).
    static var enumName: String { get }
    /// The schema the type lives in; defaults to `public`.
    static var schemaName: String { get }
}

extension DatabaseEnum {
    /// The Swift type name in snake_case.
    public static var enumName: String { snakeCase(String(describing: Self.self)) }
    /// `public`.
    public static var schemaName: String { "public" }
    static var labels: [String] { allCases.map(\.rawValue) }
}

/// `PostStatus` → `post_status`, `HTTPMethod` → `http_method`.
func snakeCase(_ name: String) -> String {
    let characters = Array(name)
    var result = ""
    for (index, character) in characters.enumerated() {
        if character.isUppercase, index > 0 {
            let previous = characters[index - 1]
            let nextIsLower = index + 1 < characters.count && characters[index + 1].isLowercase
            if previous.isLowercase || previous.isNumber || (previous.isUppercase && nextIsLower) { result += "_" }
        }
        result += character.lowercased()
    }
    return result
}
