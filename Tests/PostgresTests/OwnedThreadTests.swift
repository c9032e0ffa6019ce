import Foundation
import Postgres
import Testing

@Suite struct OwnedThreadTests {
    /// Whether a `Capture` was released, readable from any thread.
    private final class Released: @unchecked Sendable {
        private let lock = NSLock()
        private var released = false
        var value: Bool { lock.withLock { released } }
        func set() { lock.withLock { released = true } }
    }

    /// Something a thread's body captures (as it would capture a `Connection`); says when it is released.
    private final class Capture: Sendable {
        let released: Released
        init(_ released: Released) { self.released = released }
        deinit { released.set() }
    }

    @Test func joinReturnsOnlyAfterTheBodyFinishedAndReleasedWhatItCaptured() throws {
        let released = Released()
        var capture: Capture? = Capture(released)
        let thread = try OwnedThread { [capture] in
            usleep(200_000)
            withExtendedLifetime(capture) {}
        }
        capture = nil
        #expect(!released.value, "the running thread still holds its capture")
        thread.join()
        #expect(released.value)
        thread.join()
    }
}
