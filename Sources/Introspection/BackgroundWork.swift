import Foundation

/// Work started on its own thread at once; `wait()` blocks until it finishes and returns its result or error
/// (as often as it is called).
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private var result: Result<Value, any Error>?
    private let finished = DispatchSemaphore(value: 0)

    init(_ body: @escaping @Sendable () throws -> Value) {
        let thread = Thread { [self] in
            result = Result(catching: body)
            finished.signal()
        }
        thread.start()
    }

    func wait() throws -> Value {
        finished.wait()
        finished.signal()
        return try result!.get()
    }
}
