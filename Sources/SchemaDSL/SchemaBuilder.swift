import Catalog

/// One top-level declaration of a schema: a schema, extension, role, type, sequence, table, view, function, or an
/// index or policy declared outside its table, an event trigger or a publication.
public struct SchemaElement: Sendable {
    enum Content: Sendable {
        case schema(Schema)
        case `extension`(Extension)
        case role(Role)
        case `enum`(Enum)
        case domain(Domain)
        case compositeType(CompositeType)
        case sequence(DatabaseSequence)
        case table(Table)
        case view(View)
        case function(Function)
        case index(Index)
        case policy(Policy)
        case eventTrigger(EventTrigger)
        case publication(Publication)
        case defaultPrivileges(DefaultPrivileges)
    }

    let content: Content
}

/// Collects the declarations of a `DatabaseSchema`, with `if`, `for` and `switch` allowed.
@resultBuilder
public enum SchemaBuilder {
    public static func buildExpression(_ schema: Schema) -> [SchemaElement] {
        [SchemaElement(content: .schema(schema))]
    }
    public static func buildExpression(_ value: Extension) -> [SchemaElement] {
        [SchemaElement(content: .extension(value))]
    }
    public static func buildExpression(_ role: Role) -> [SchemaElement] { [SchemaElement(content: .role(role))] }
    public static func buildExpression(_ value: Enum) -> [SchemaElement] { [SchemaElement(content: .enum(value))] }
    public static func buildExpression(_ domain: Domain) -> [SchemaElement] {
        [SchemaElement(content: .domain(domain))]
    }
    public static func buildExpression(_ type: CompositeType) -> [SchemaElement] {
        [SchemaElement(content: .compositeType(type))]
    }
    public static func buildExpression(_ sequence: DatabaseSequence) -> [SchemaElement] {
        [SchemaElement(content: .sequence(sequence))]
    }
    public static func buildExpression(_ table: Table) -> [SchemaElement] { [SchemaElement(content: .table(table))] }
    public static func buildExpression(_ view: View) -> [SchemaElement] { [SchemaElement(content: .view(view))] }
    public static func buildExpression(_ function: Function) -> [SchemaElement] {
        [SchemaElement(content: .function(function))]
    }
    public static func buildExpression(_ index: Index) -> [SchemaElement] { [SchemaElement(content: .index(index))] }
    public static func buildExpression(_ policy: Policy) -> [SchemaElement] {
        [SchemaElement(content: .policy(policy))]
    }
    public static func buildExpression(_ trigger: EventTrigger) -> [SchemaElement] {
        [SchemaElement(content: .eventTrigger(trigger))]
    }
    public static func buildExpression(_ publication: Publication) -> [SchemaElement] {
        [SchemaElement(content: .publication(publication))]
    }
    public static func buildExpression(_ entry: DefaultPrivileges) -> [SchemaElement] {
        [SchemaElement(content: .defaultPrivileges(entry))]
    }
    public static func buildExpression(_ elements: [SchemaElement]) -> [SchemaElement] { elements }
    public static func buildBlock(_ parts: [SchemaElement]...) -> [SchemaElement] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [SchemaElement]?) -> [SchemaElement] { part ?? [] }
    public static func buildEither(first: [SchemaElement]) -> [SchemaElement] { first }
    public static func buildEither(second: [SchemaElement]) -> [SchemaElement] { second }
    public static func buildArray(_ parts: [[SchemaElement]]) -> [SchemaElement] { parts.flatMap { $0 } }
}
