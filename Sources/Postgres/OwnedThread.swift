import Foundation

/// A thread that its owner joins: `join()` returns once the body has returned and released everything it captured
/// (a `Connection` is closed by then), so no libpq or OpenSSL call can still be running when the process exits.
/// Dropping the last reference joins too.
public final class OwnedThread: @unchecked Sendable {
    private let thread: pthread_t
    private let joinLock = NSLock()
    private var joined = false

    /// Starts `body` on a new thread; throws when the system cannot create one.
    public init(_ body: @escaping @Sendable () -> Void) throws {
        let context = Unmanaged.passRetained(Body(body)).toOpaque()
        var thread = pthread_t()
        let result = pthread_create(
            &thread, nil,
            { context in
                Unmanaged<Body>.fromOpaque(context!).takeRetainedValue().run()
                return nil
            }, context)
        guard result == 0 else {
            Unmanaged<Body>.fromOpaque(context).release()
            throw PostgresError(message: "could not start a thread: \(String(cString: strerror(result)))")
        }
        self.thread = thread
    }

    /// Waits until the body has returned; later calls return at once.
    public func join() {
        joinLock.withLock {
            guard !joined else { return }
            pthread_join(thread, nil)
            joined = true
        }
    }

    deinit { join() }

    private final class Body {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }
}
