import Foundation

/// How the process ends on SIGINT or SIGTERM: it stops printing (so nothing after the signal can be a verdict or an
/// error blaming the user's files), cancels the statements its connections are running, drops its scratch databases,
/// says on stderr that it was interrupted, and exits with 128 + the signal (130, 143). A second signal ends it at once.
///
/// The work runs on a watcher thread woken through a pipe by a minimal signal handler, and ends with `_exit`: `exit`
/// would run atexit handlers and static destructors while other threads are still inside libpq.
public enum Interruption {
    /// Installs the signal handling for this process. Call once, first thing, from the process's entry point.
    public static func install() {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return }
        let (readEnd, writeEnd) = (ends[0], ends[1])
        _ = fcntl(readEnd, F_SETFD, FD_CLOEXEC)
        _ = fcntl(writeEnd, F_SETFD, FD_CLOEXEC)
        signalPipeWriteEnd = writeEnd
        signalsReceived = 0
        for handled in [SIGINT, SIGTERM] {
            // An ignored signal stays ignored (a shell's background job ignores SIGINT).
            let previous = signal(handled, handleSignal)
            if let previous, unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
                signal(handled, SIG_IGN)
            }
        }
        // A parent may have started `db` with these signals blocked (the mask survives exec); threads started from
        // here on inherit the unblocked mask.
        var handled = sigset_t()
        sigemptyset(&handled)
        sigaddset(&handled, SIGINT)
        sigaddset(&handled, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &handled, nil)
        let watcher = Thread { watch(readEnd) }
        watcher.name = "db interruption"
        watcher.start()
    }

    /// The signal that interrupted the process, once one has.
    public static var receivedSignal: Int32? { state.signal }

    /// Runs `body` (which prints) unless the process has been interrupted; then it waits for the interruption to end
    /// the process instead. Output is serialised with the interruption, so nothing printed after a signal gets out.
    public static func output(_ body: () -> Void) {
        guard state.run(body) else { waitForTheEnd() }
    }

    /// Returns at once when the process has not been interrupted; otherwise waits for the interruption to end it
    /// (an error raised by the cancelled work is the interruption, not something to report).
    public static func waitIfInterrupted() {
        if state.signal != nil { waitForTheEnd() }
    }

    /// Ends the process with `code`, unless it has been interrupted: then the interruption ends it (130/143).
    public static func exit(_ code: Int32) -> Never {
        guard state.finish() else { waitForTheEnd() }
        fflush(nil)
        Foundation.exit(code)
    }

    /// The signal's conventional name, for messages.
    static func name(of signal: Int32) -> String {
        switch signal {
        case SIGINT: "SIGINT"
        case SIGTERM: "SIGTERM"
        default: "signal \(signal)"
        }
    }

    private static let state = State()

    private static func waitForTheEnd() -> Never {
        while true { pause() }
    }

    private static func watch(_ readEnd: Int32) {
        var byte: UInt8 = 0
        while true {
            let count = read(readEnd, &byte, 1)
            if count == 1 {
                if state.interrupt(by: Int32(byte)) { end(by: Int32(byte)) }
            } else if count == 0 || errno != EINTR {
                return
            }
        }
    }

    private static func end(by signal: Int32) -> Never {
        CancellableConnections.shared.cancelAll()
        let scratch = ScratchDatabase.Registry.shared.dropAllForInterruption(by: signal)
        var lines = ["interrupted (\(name(of: signal))): the command did not finish; cancelled its running statements"]
        if scratch.dropped > 0 { lines[0] += " and dropped its \(scratch.dropped) scratch database(s)" }
        lines += scratch.failures
        lines.append("run the command again for its result")
        let message = lines.joined(separator: "\n") + "\n"
        fflush(nil)
        message.withCString { _ = write(STDERR_FILENO, $0, strlen($0)) }
        _exit(128 + signal)
    }

    /// Whether the process is running, finishing normally, or interrupted; guards output.
    private final class State: @unchecked Sendable {
        private let lock = NSLock()
        private var interruptedBy: Int32?
        private var finishing = false

        var signal: Int32? { lock.withLock { interruptedBy } }

        func run(_ body: () -> Void) -> Bool {
            lock.withLock {
                guard interruptedBy == nil else { return false }
                body()
                return true
            }
        }

        /// Records the signal; `false` when the process is already finishing normally or was interrupted before.
        func interrupt(by signal: Int32) -> Bool {
            lock.withLock {
                guard interruptedBy == nil, !finishing else { return false }
                interruptedBy = signal
                return true
            }
        }

        func finish() -> Bool {
            lock.withLock {
                guard interruptedBy == nil else { return false }
                finishing = true
                return true
            }
        }
    }
}

/// Work refused because the process has been interrupted.
public struct InterruptedError: Error, CustomStringConvertible {
    public let signal: Int32
    public var description: String { "interrupted (\(Interruption.name(of: signal)))" }
}

// Read by the signal handler, so set before it is installed and never reallocated.
nonisolated(unsafe) private var signalPipeWriteEnd: Int32 = -1
nonisolated(unsafe) private var signalsReceived: Int32 = 0

/// Async-signal-safe: the first signal wakes the watcher thread, a second one ends the process at once.
private func handleSignal(_ signal: Int32) {
    let savedErrno = errno
    defer { errno = savedErrno }
    signalsReceived += 1
    if signalsReceived > 1 {
        let notice: StaticString = "interrupted again: exiting without cleaning up\n"
        _ = write(STDERR_FILENO, notice.utf8Start, notice.utf8CodeUnitCount)
        _exit(128 + signal)
    }
    var byte = UInt8(truncatingIfNeeded: signal)
    _ = write(signalPipeWriteEnd, &byte, 1)
}
