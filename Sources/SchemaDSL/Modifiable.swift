/// DSL declarations are values; each modifier (`.notNull()`, `.comment(_:)`, …) returns a changed copy.
protocol Modifiable {}

extension Modifiable {
    /// A copy of `self` with `change` applied: the one way DSL modifiers build their result.
    func with(_ change: (inout Self) -> Void) -> Self {
        var copy = self
        change(&copy)
        return copy
    }
}

extension Check: Modifiable {}
extension Column: Modifiable {}
extension CompositeType: Modifiable {}
extension DatabaseSequence: Modifiable {}
extension Domain: Modifiable {}
extension Enum: Modifiable {}
extension Exclusion: Modifiable {}
extension ForeignKey: Modifiable {}
extension Function: Modifiable {}
extension Index: Modifiable {}
extension IndexPart: Modifiable {}
extension Policy: Modifiable {}
extension PrimaryKey: Modifiable {}
extension Schema: Modifiable {}
extension Table: Modifiable {}
extension Trigger: Modifiable {}
extension Unique: Modifiable {}
extension View: Modifiable {}
extension EventTrigger: Modifiable {}
extension Publication: Modifiable {}
