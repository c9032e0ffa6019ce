import CLibPQ
import Foundation

/// The open connections' cancel handles, so an interruption can cancel whatever statement each one is running.
///
/// A handle is made when the connection opens (`PQgetCancel` needs the connection to itself); `PQcancel` on it is
/// safe from any thread while the connection is in use elsewhere.
final class CancellableConnections: @unchecked Sendable {
    static let shared = CancellableConnections()
    private let lock = NSLock()
    private var handles: [OpaquePointer: OpaquePointer] = [:]

    /// Remembers `connection` (a `PGconn`) until `forget` is called for it.
    func remember(_ connection: OpaquePointer) {
        guard let cancel = PQgetCancel(connection) else { return }
        lock.withLock { handles[connection] = cancel }
    }

    /// Call before the connection is finished.
    func forget(_ connection: OpaquePointer) {
        lock.withLock {
            if let cancel = handles.removeValue(forKey: connection) { PQfreeCancel(cancel) }
        }
    }

    /// Asks the server to cancel the running statement of every open connection (idle ones ignore it).
    func cancelAll() {
        lock.withLock {
            var reason = [CChar](repeating: 0, count: 256)
            for cancel in handles.values { _ = PQcancel(cancel, &reason, Int32(reason.count)) }
        }
    }
}
