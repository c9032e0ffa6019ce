import Foundation

/// Runs two independent pieces of work at the same time and returns both results (the first side's error when
/// both fail). Used to build or introspect the two sides of a comparison at once, so that the pair takes about as
/// long as the slower side rather than the sum of both.
func concurrently<A, B>(_ first: () throws -> A, _ second: () throws -> B) throws -> (A, B) {
    try withoutActuallyEscaping(first) { first in
        try withoutActuallyEscaping(second) { second in
            let pair = WorkPair(first, second)
            DispatchQueue.concurrentPerform(iterations: 2) { side in pair.run(side) }
            return (try pair.firstResult!.get(), try pair.secondResult!.get())
        }
    }
}

/// The two closures and their results. Each side writes only its own result and `concurrentPerform` returns only
/// after both have finished, so the unchecked `Sendable` is sound without a lock.
private final class WorkPair<A, B>: @unchecked Sendable {
    private let first: () throws -> A
    private let second: () throws -> B
    private(set) var firstResult: Result<A, any Error>?
    private(set) var secondResult: Result<B, any Error>?

    init(_ first: @escaping () throws -> A, _ second: @escaping () throws -> B) {
        self.first = first
        self.second = second
    }

    func run(_ side: Int) {
        if side == 0 { firstResult = Result(catching: first) } else { secondResult = Result(catching: second) }
    }
}
