import Foundation
import Postgres

/// Work started on its own thread at once; `wait()` joins the thread and returns its result or error (as often
/// as it is called). Dropping it joins the thread too, so the work never outlives its owner.
final class BackgroundWork<Value: Sendable>: Sendable {
    private let outcome = Outcome()
    private let thread: OwnedThread?

    init(_ body: @escaping @Sendable () throws -> Value) {
        do {
            thread = try OwnedThread { [outcome] in outcome.result = Result(catching: body) }
        } catch {
            outcome.result = .failure(error)
            thread = nil
        }
    }

    func wait() throws -> Value {
        thread?.join()
        return try outcome.result!.get()
    }

    /// Written by the thread before it exits and read only after `join()`, so it needs no lock.
    private final class Outcome: @unchecked Sendable {
        var result: Result<Value, any Error>?
    }
}
